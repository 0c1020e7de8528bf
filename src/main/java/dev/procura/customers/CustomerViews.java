package dev.procura.customers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the customers API. */
public final class CustomerViews {

    private CustomerViews() {}

    @Schema(name = "Customer")
    public record CustomerView(
            UUID id,
            @Schema(example = "C-1001") String code,
            @Schema(example = "Nordwind Retail GmbH") String legalName,
            String taxId,
            List<CustomerRequests.Address> addresses,
            List<CustomerRequests.Contact> contacts,
            @Schema(example = "EUR") String currency,

            @Schema(description = "The payment term's code", example = "NET30")
            String paymentTerms,

            UUID paymentTermId,
            CustomerRequests.CreditLimit creditLimit,

            @Schema(enumeration = {"active", "on_hold", "inactive"})
            String status,

            Map<String, Object> customFields,
            Instant createdAt,
            Instant updatedAt) {}
}
