package dev.procura.customers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import java.util.Objects;
import java.util.UUID;

/** Whether an import row says what a customer already is, so that re-importing a file writes nothing. */
final class CustomerComparison {

    private CustomerComparison() {}

    static boolean same(Customer c, CustomerRequests.Define r, UUID termId, String customFieldsJson, Jsonb json) {
        CustomerRequests.CreditLimit limit = r.creditLimit();
        return c.code().equals(r.code())
                && c.legalName().equals(r.legalName())
                && CustomerService.sameText(c.taxId(), r.taxId())
                && c.currency().equals(r.currency())
                && Objects.equals(c.paymentTermId(), termId)
                && (limit == null
                        ? c.creditLimitAmount() == null
                        : c.creditLimitAmount() != null
                                && c.creditLimitAmount().compareTo(limit.amount()) == 0
                                && limit.currency().equals(c.creditLimitCurrency()))
                && c.status() == r.statusOrDefault()
                && json.toJson(r.addressesOrEmpty()).equals(json.toJson(CustomerService.addresses(c)))
                && json.toJson(r.contactsOrEmpty()).equals(json.toJson(CustomerService.contacts(c)))
                && parse(customFieldsJson).equals(parse(c.customFieldsJson()));
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text == null ? "{}" : text))) {
            return reader.readObject();
        }
    }
}
