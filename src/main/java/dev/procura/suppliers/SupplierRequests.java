package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFieldDocs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the suppliers API. */
public final class SupplierRequests {

    private SupplierRequests() {}

    @Schema(name = "SupplierContact")
    public record Contact(
            @NotBlank @Size(max = 120) String name,
            @Email @Size(max = 254) String email,

            @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*")
            String phone,

            @Size(max = 60) @Schema(example = "sales") String role) {}

    @Schema(name = "SupplierAddress")
    public record Address(
            @NotBlank @Pattern(regexp = "billing|shipping|remittance|office")
            String type,

            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 20) String postalCode,
            @Size(max = 100) String region,

            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
            String country) {}

    /** The master data of a supplier, on create and (in full) on update. */
    @Schema(name = "SupplierDetails")
    public record Details(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(example = "ACME-01")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Acme Office Supplies Ltd")
            String legalName,

            @Size(max = 40) @Schema(example = "PT509999999") String taxId,

            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") @Schema(example = "PT")
            String country,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") @Schema(example = "EUR")
            String currency,

            @Size(max = 100) @Schema(example = "NET 30") String paymentTerms,
            @Size(max = 20) List<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String> categories,
            @Size(max = 20) List<@Valid @NotNull Contact> contacts,
            @Size(max = 10) List<@Valid @NotNull Address> addresses,
            @Size(max = 4000) String notes,

            @Pattern(regexp = "active|inactive")
            @Schema(
                    enumeration = {"active", "inactive"},
                    description = "On update: 'active' reactivates a deactivated supplier")
            String status,

            @Schema(description = CustomFieldDocs.VALUES) Map<String, Object> customFields) {}

    @Schema(name = "SupplierRatingRequest")
    public record Rate(
            @NotNull @Min(1) @Max(5) Integer quality,
            @NotNull @Min(1) @Max(5) Integer delivery,
            @NotNull @Min(1) @Max(5) Integer price,
            @NotNull @Min(1) @Max(5) Integer service,
            @Size(max = 2000) String comment,

            @Schema(description = "The order rated; one rating per user per order")
            UUID purchaseOrderId) {}
}
