package dev.procura.typelists;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the type lists API. */
public final class TypeListRequests {

    /** Codes are stable keys that other records and integrations store: lower case, no spaces. */
    static final String CODE = "[a-z0-9][a-z0-9_-]{0,62}";

    static final String CODE_MESSAGE =
            "must be 1 to 63 lower-case letters, digits, '_' or '-', starting with a letter or digit";

    private TypeListRequests() {}

    /** A type list, on create and (in full) on change. */
    @Schema(name = "TypeListRequest")
    public record Define(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "ncr-categories")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "NCR categories")
            String name,

            @Size(max = 2000) @Schema(example = "What a non-conformance is about")
            String description) {}

    /** A value of a type list, on create and (in full) on change. */
    @Schema(name = "TypeListValueRequest")
    public record Value(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "dimensional")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Dimensional")
            String label,

            @PositiveOrZero
            @Max(1_000_000)
            @Schema(description = "Place in the list (ascending, then by code); 0 when left out", example = "10")
            Integer sortOrder,

            @Schema(description = "false marks the value as retired; it is still listed and read. true when left out")
            Boolean active,

            @Schema(description = "A value of the same list this one sits under; none for a top-level value")
            UUID parentId) {

        int sortOrderOrDefault() {
            return sortOrder == null ? 0 : sortOrder;
        }

        boolean activeOrDefault() {
            return active == null || active;
        }
    }
}
