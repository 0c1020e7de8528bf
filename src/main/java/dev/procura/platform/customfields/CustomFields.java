package dev.procura.platform.customfields;

import dev.procura.platform.exports.ExportField;
import dev.procura.platform.tenancy.TenantTx;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The port through which a capability stores, shows and queries the custom field values of its
 * records (implemented by the custom fields capability). Values travel in the record's own body as
 * {@code custom_fields} and live in its {@code custom_fields} JSONB column.
 */
public interface CustomFields {

    /** How workflow conditions name a custom field: {@code cf_audit_score}. */
    String CONDITION_PREFIX = "cf_";

    /** The keys of the entity type's live (not archived) fields. */
    Set<String> keys(TenantTx tx, String entityType);

    /**
     * The entity type's live fields as conversions name them ({@code cf_<key>}, the values of
     * {@link #conditionFields}): numbers and money amounts as decimals, booleans, the rest as text.
     */
    List<ExportField> exportFields(TenantTx tx, String entityType);

    /**
     * A record's values as workflow conditions read them, named {@code cf_<key>}: numbers, text,
     * booleans; a money value as its amount; a multi-choice value as its codes joined by commas.
     */
    default Map<String, Object> conditionFields(Map<String, Object> shown) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        shown.forEach((key, value) -> {
            Object plain = value;
            if (value instanceof Map<?, ?> money) {
                plain = money.get("amount");
            } else if (value instanceof java.util.List<?> codes) {
                plain = String.join(",", codes.stream().map(String::valueOf).toList());
            }
            fields.put(CONDITION_PREFIX + key, plain);
        });
        return fields;
    }

    /**
     * The JSON to store after a write: {@code submitted} (null: unchanged) merged over
     * {@code stored} (null on create, when defaults apply), every value validated and normalised
     * against the entity type's active definitions; a key set to null clears the value. Throws
     * {@code InvalidInput} with a {@code custom_fields.<key>} error per bad value.
     */
    String accept(TenantTx tx, String entityType, Map<String, Object> submitted, String stored);

    /** Turns stored JSON into the values a view shows: those of active definitions only. */
    Function<String, Map<String, Object>> viewer(TenantTx tx, String entityType);

    /**
     * The list criteria for {@code cf.<key>} filters and {@code sort=cf.<key>} on the entity type;
     * {@code column} is the JPQL path of the custom fields attribute ({@code s.customFields}).
     * Unknown keys or values of the wrong type are 400.
     */
    CustomFieldCriteria criteria(TenantTx tx, String entityType, CustomFieldFilter filter, String column);
}
