package dev.procura.customfields;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the custom fields API answers. */
public final class CustomFieldViews {

    private CustomFieldViews() {}

    @Schema(name = "CustomField")
    public record CustomFieldView(
            UUID id,
            String entityType,
            String key,
            String label,
            String type,
            boolean required,
            Object defaultValue,
            BigDecimal min,
            BigDecimal max,
            String pattern,
            String helpText,
            int sortOrder,
            boolean active,
            boolean indexed,
            String typeList,
            String refEntityType,

            @Schema(description = "Set while the field is archived: its values are kept but hidden")
            Instant archivedAt,

            Instant createdAt,
            Instant updatedAt,
            long version) {

        static CustomFieldView of(CustomFieldDefinition d) {
            return new CustomFieldView(
                    d.id(),
                    d.entityType(),
                    d.key(),
                    d.label(),
                    d.type().wireName(),
                    d.required(),
                    JsonValues.parseValue(d.defaultJson()),
                    d.min(),
                    d.max(),
                    d.pattern(),
                    d.helpText(),
                    d.sortOrder(),
                    d.active(),
                    d.indexed(),
                    d.typeList(),
                    d.refEntityType(),
                    d.archivedAt(),
                    d.createdAt(),
                    d.updatedAt(),
                    d.version());
        }
    }

    @Schema(name = "CustomFieldRemoval")
    public record Removal(
            @Schema(
                    enumeration = {"deleted", "archived", "purged"},
                    description =
                            "deleted: no record held a value; archived: values kept and hidden; purged: values removed with the field")
            String outcome,

            @Schema(description = "How many records held a value of the field")
            long recordsWithValues,

            @Schema(description = "The archived field; absent when it was deleted or purged")
            CustomFieldView field) {}
}
