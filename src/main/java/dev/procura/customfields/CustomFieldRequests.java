package dev.procura.customfields;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the custom fields API. */
public final class CustomFieldRequests {

    static final String KEY = "[a-z][a-z0-9_]{0,62}";
    static final String KEY_MESSAGE = "must be 1 to 63 lower-case letters, digits or '_', starting with a letter";

    private CustomFieldRequests() {}

    /** A custom field, on create and (in full) on change; entity type, key and type cannot change. */
    @Schema(name = "CustomFieldRequest")
    public record Define(
            @NotBlank
            @Pattern(regexp = "[a-z_]{1,40}")
            @Schema(
                    example = "supplier",
                    description = "The record type: supplier, purchase_order, rfq, quote, invoice, document, item")
            String entityType,

            @NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE) @Schema(example = "audit_score")
            String key,

            @NotBlank @Size(max = 200) @Schema(example = "Audit score")
            String label,

            @NotBlank
            @Pattern(regexp = FieldType.WIRE_NAMES, message = "must be one of " + FieldType.WIRE_NAMES)
            @Schema(
                    example = "decimal",
                    enumeration = {
                        "text",
                        "long_text",
                        "integer",
                        "decimal",
                        "money",
                        "date",
                        "datetime",
                        "boolean",
                        "single_choice",
                        "multi_choice",
                        "user",
                        "entity_reference"
                    })
            String type,

            @Schema(
                    description =
                            "A record must hold a value (the default fills it in when there is one); false when left out")
            Boolean required,

            @Schema(description = "The value new records get when they name none; checked like any value of the field")
            Object defaultValue,

            @Schema(description = "Numbers and money: the least amount; text: the least length", example = "0")
            BigDecimal min,

            @Schema(description = "Numbers and money: the greatest amount; text: the greatest length", example = "100")
            BigDecimal max,

            @Size(max = 500) @Schema(description = "Text only: a Java regular expression the whole value must match")
            String pattern,

            @Size(max = 2000) String helpText,

            @PositiveOrZero
            @Max(1_000_000)
            @Schema(description = "Place among the entity type's fields; 0 when left out")
            Integer sortOrder,

            @Schema(
                    description =
                            "false: values are kept and shown but no longer accepted; true when left out. true also brings an archived field back")
            Boolean active,

            @Schema(
                    description =
                            "Make an expression index for cf.<key> filters and sorts (not for long_text or multi_choice); false when left out")
            Boolean indexed,

            @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,62}")
            @Schema(description = "single_choice and multi_choice: the code of the type list the values come from")
            String typeList,

            @Pattern(regexp = "[a-z_]{1,40}")
            @Schema(description = "entity_reference: the record type the value names", example = "supplier")
            String refEntityType) {

        boolean requiredOrDefault() {
            return required != null && required;
        }

        boolean activeOrDefault() {
            return active == null || active;
        }

        boolean indexedOrDefault() {
            return indexed != null && indexed;
        }

        int sortOrderOrDefault() {
            return sortOrder == null ? 0 : sortOrder;
        }
    }
}
