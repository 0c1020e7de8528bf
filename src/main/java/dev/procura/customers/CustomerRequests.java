package dev.procura.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the customers API. */
public final class CustomerRequests {

    static final String ISO_CURRENCY = "[A-Z]{3}";

    private CustomerRequests() {}

    /** A customer, on create and (in full) on change. */
    @Schema(name = "CustomerRequest")
    public record Define(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(example = "C-1001", required = true)
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Nordwind Retail GmbH", required = true)
            String legalName,

            @Size(max = 40) @Schema(example = "DE811234567") String taxId,

            @Valid @Size(max = 20) List<@NotNull @Valid Address> addresses,

            @Valid @Size(max = 20) List<@NotNull @Valid Contact> contacts,

            @NotBlank
            @Pattern(regexp = ISO_CURRENCY, message = "must be an ISO 4217 code")
            @Schema(description = "An active currency of the tenant", example = "EUR", required = true)
            String currency,

            @Size(max = 63) @Schema(description = "The code of an active payment term", example = "NET30")
            String paymentTerms,

            @Valid CreditLimit creditLimit,

            @Pattern(regexp = "active|on_hold|inactive", message = "must be active, on_hold or inactive")
            @Schema(
                    description = "active when left out",
                    enumeration = {"active", "on_hold", "inactive"})
            String status,

            @Schema(description = "Values of the tenant's custom fields for customers, by key")
            Map<String, Object> customFields) {

        Customer.Status statusOrDefault() {
            return status == null
                    ? Customer.Status.ACTIVE
                    : Customer.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        }

        List<Address> addressesOrEmpty() {
            return addresses == null ? List.of() : addresses;
        }

        List<Contact> contactsOrEmpty() {
            return contacts == null ? List.of() : contacts;
        }
    }

    @Schema(name = "CustomerAddress")
    public record Address(
            @NotBlank
            @Pattern(regexp = "billing|shipping", message = "must be billing or shipping")
            @Schema(example = "billing", required = true)
            String type,

            @NotBlank @Size(max = 200) @Schema(example = "Hafenstrasse 12", required = true)
            String line1,

            @Size(max = 200) String line2,

            @NotBlank @Size(max = 100) @Schema(example = "Hamburg", required = true)
            String city,

            @Size(max = 20) @Schema(example = "20457") String postalCode,

            @NotBlank
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
            @Schema(example = "DE", required = true)
            String country) {}

    @Schema(name = "CustomerContact")
    public record Contact(
            @NotBlank @Size(max = 200) @Schema(example = "Jana Vogel", required = true)
            String name,

            @Email @Size(max = 254) @Schema(example = "jana.vogel@nordwind.example")
            String email,

            @Size(max = 40) @Schema(example = "+49 40 1234567")
            String phone,

            @Size(max = 60) @Schema(example = "accounts payable")
            String role) {}

    @Schema(name = "CreditLimit")
    public record CreditLimit(
            @NotNull @DecimalMin("0") @Schema(example = "50000.00", required = true)
            BigDecimal amount,

            @NotBlank
            @Pattern(regexp = ISO_CURRENCY, message = "must be an ISO 4217 code")
            @Schema(description = "An active currency of the tenant", example = "EUR", required = true)
            String currency) {}
}
