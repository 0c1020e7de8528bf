package dev.procura.customers;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One customer as a flat import row: at most one billing address, one shipping address and one
 * contact (columns {@code billing_*}, {@code shipping_*}, {@code contact_*}); an address or contact
 * whose columns are all empty is left out. The credit limit is two columns. An upsert replaces the
 * customer's addresses and contacts with the row's.
 */
public record CustomerRow(
        @NotBlank String code,
        @NotBlank String legalName,
        String taxId,
        @NotBlank String currency,
        String paymentTerms,
        BigDecimal creditLimitAmount,
        String creditLimitCurrency,
        String status,
        String billingLine1,
        String billingLine2,
        String billingCity,
        String billingPostalCode,
        String billingCountry,
        String shippingLine1,
        String shippingLine2,
        String shippingCity,
        String shippingPostalCode,
        String shippingCountry,
        String contactName,
        String contactEmail,
        String contactPhone,
        String contactRole,
        Map<String, Object> customFields) {

    /** The API body the row stands for. */
    CustomerRequests.Define request() {
        List<CustomerRequests.Address> addresses = new ArrayList<>();
        if (any(billingLine1, billingLine2, billingCity, billingPostalCode, billingCountry)) {
            addresses.add(new CustomerRequests.Address(
                    "billing", billingLine1, billingLine2, billingCity, billingPostalCode, billingCountry));
        }
        if (any(shippingLine1, shippingLine2, shippingCity, shippingPostalCode, shippingCountry)) {
            addresses.add(new CustomerRequests.Address(
                    "shipping", shippingLine1, shippingLine2, shippingCity, shippingPostalCode, shippingCountry));
        }
        List<CustomerRequests.Contact> contacts = any(contactName, contactEmail, contactPhone, contactRole)
                ? List.of(new CustomerRequests.Contact(contactName, contactEmail, contactPhone, contactRole))
                : List.of();
        CustomerRequests.CreditLimit limit = creditLimitAmount == null && creditLimitCurrency == null
                ? null
                : new CustomerRequests.CreditLimit(
                        creditLimitAmount, creditLimitCurrency == null ? currency : creditLimitCurrency);
        return new CustomerRequests.Define(
                code,
                legalName,
                blankToNull(taxId),
                addresses,
                contacts,
                currency,
                blankToNull(paymentTerms),
                limit,
                blankToNull(status),
                customFields);
    }

    private static boolean any(String... values) {
        return Stream.of(values).anyMatch(v -> v != null && !v.isBlank());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
