package dev.procura.plants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the plants API. */
public final class PlantRequests {

    /** Codes are stable keys that integrations store: lower case, no spaces (as type list codes). */
    static final String CODE = "[a-z0-9][a-z0-9_-]{0,62}";

    static final String CODE_MESSAGE =
            "must be 1 to 63 lower-case letters, digits, '_' or '-', starting with a letter or digit";

    private PlantRequests() {}

    /** A plant, on create and (in full) on change. */
    @Schema(name = "PlantRequest")
    public record Define(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "lyon")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Lyon assembly plant")
            String name,

            @Valid Address address,

            @NotBlank @Size(max = 64) @Schema(description = "An IANA time zone", example = "Europe/Paris")
            String timeZone,

            @Schema(description = "false retires the plant: no new records at it; true when left out")
            Boolean active) {

        boolean activeOrDefault() {
            return active == null || active;
        }
    }

    @Schema(name = "PlantAddress")
    public record Address(
            @Size(max = 200) @Schema(example = "12 rue de l'Industrie")
            String line1,

            @Size(max = 200) String line2,
            @Size(max = 100) @Schema(example = "Lyon") String city,
            @Size(max = 20) @Schema(example = "69007") String postalCode,
            @Size(max = 100) String region,

            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code")
            @Schema(example = "FR")
            String country) {}
}
