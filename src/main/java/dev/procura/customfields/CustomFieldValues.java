package dev.procura.customfields;

import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.typelists.TypeListFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The custom fields port: values checked on every write, shown without archived fields, filtered and sorted in lists. */
@ApplicationScoped
public class CustomFieldValues implements CustomFields {

    @Inject
    DefinitionCache cache;

    @Inject
    Instance<CustomFieldHost> hosts;

    @Inject
    TypeListFacts typeLists;

    @Inject
    TenantPeople people;

    @Override
    public String accept(TenantTx tx, String entityType, Map<String, Object> submitted, String stored) {
        Map<String, CustomFieldDefinition> fields = byKey(tx, entityType);
        Map<String, Object> values = JsonValues.parse(stored);
        List<FieldError> errors = new ArrayList<>();
        ValueRules.Lookups lookups = lookups(tx);
        if (submitted != null) {
            submitted.forEach((key, raw) -> {
                CustomFieldDefinition field = fields.get(key);
                if (field == null || field.archived()) {
                    errors.add(error(key, "is not a custom field of " + entityType));
                } else if (!field.active()) {
                    errors.add(error(key, "is inactive and takes no values"));
                } else if (raw == null) {
                    values.remove(key);
                } else {
                    try {
                        values.put(key, ValueRules.normalize(ValueRules.Shape.of(field), raw, lookups));
                    } catch (ValueRules.Invalid e) {
                        errors.add(error(key, e.getMessage()));
                    }
                }
            });
        }
        for (CustomFieldDefinition field : fields.values()) {
            if (!field.active() || values.get(field.key()) != null) {
                continue;
            }
            boolean creating = stored == null;
            if (field.defaultJson() != null && (creating || field.required())) {
                values.put(field.key(), JsonValues.parseValue(field.defaultJson()));
            } else if (field.required()) {
                errors.add(error(field.key(), "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return JsonValues.write(values);
    }

    @Override
    public Set<String> keys(TenantTx tx, String entityType) {
        return cache.of(tx, entityType).stream()
                .filter(f -> !f.archived())
                .map(CustomFieldDefinition::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<ExportField> exportFields(TenantTx tx, String entityType) {
        return cache.of(tx, entityType).stream()
                .filter(f -> !f.archived())
                .map(f -> new ExportField(
                        CONDITION_PREFIX + f.key(),
                        switch (f.type()) {
                            case INTEGER, DECIMAL, MONEY -> dev.procura.platform.exports.FieldType.DECIMAL;
                            case BOOLEAN -> dev.procura.platform.exports.FieldType.BOOLEAN;
                            default -> dev.procura.platform.exports.FieldType.TEXT;
                        }))
                .toList();
    }

    @Override
    public Function<String, Map<String, Object>> viewer(TenantTx tx, String entityType) {
        return viewer(cache.of(tx, entityType));
    }

    private static Function<String, Map<String, Object>> viewer(List<CustomFieldDefinition> fields) {
        Set<String> shown = fields.stream()
                .filter(f -> !f.archived())
                .map(CustomFieldDefinition::key)
                .collect(Collectors.toUnmodifiableSet());
        return json -> {
            Map<String, Object> values = JsonValues.parse(json);
            values.keySet().retainAll(shown);
            return values;
        };
    }

    @Override
    public CustomFieldCriteria criteria(TenantTx tx, String entityType, CustomFieldFilter filter, String column) {
        List<CustomFieldDefinition> all = cache.of(tx, entityType);
        Map<String, CustomFieldDefinition> fields = new HashMap<>();
        all.stream().filter(f -> !f.archived()).forEach(f -> fields.put(f.key(), f));
        Map<String, String> sorts = new HashMap<>();
        fields.values().stream().filter(f -> f.type().indexable()).forEach(f -> sorts.put(f.key(), sql(column, f)));
        List<CustomFieldCriteria.Clause> clauses = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        filter.parameters().forEach((name, text) -> {
            String key = name;
            String bound = "=";
            if (name.endsWith(".from")) {
                key = name.substring(0, name.length() - 5);
                bound = ">=";
            } else if (name.endsWith(".to")) {
                key = name.substring(0, name.length() - 3);
                bound = "<=";
            }
            CustomFieldDefinition field = fields.get(key);
            String parameter = "cf" + clauses.size();
            if (field == null) {
                errors.add(new FieldError(CustomFieldFilter.PREFIX + name, "names no custom field of " + entityType));
            } else if (!"=".equals(bound) && !field.type().ranged()) {
                errors.add(new FieldError(
                        CustomFieldFilter.PREFIX + name, "ranges apply to numbers, money, dates and date-times only"));
            } else {
                try {
                    Object value = ValueRules.filterValue(field.type(), text);
                    clauses.add(clause(column, field, bound, parameter, value));
                } catch (ValueRules.Invalid e) {
                    errors.add(new FieldError(CustomFieldFilter.PREFIX + name, e.getMessage()));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return new CustomFieldCriteria(clauses, sorts, viewer(all));
    }

    private static CustomFieldCriteria.Clause clause(
            String column, CustomFieldDefinition field, String bound, String parameter, Object value) {
        if (field.type() == FieldType.MULTI_CHOICE) {
            // Holds the code: containment, which no btree index serves (multi-choice fields are not indexed).
            return new CustomFieldCriteria.Clause(
                    "SQL('"
                            + jpqlString("CASE WHEN " + CustomFieldIndexes.expression("?", field.key(), field.type())
                                    + " @> CAST(? AS jsonb) THEN 1 ELSE 0 END")
                            + "', " + column + ", :" + parameter + ") = 1",
                    parameter,
                    JsonValues.writeValue(List.of(value)));
        }
        return new CustomFieldCriteria.Clause(
                sql(column, field) + " " + bound + " SQL('CAST(? AS jsonb)', :" + parameter + ")",
                parameter,
                JsonValues.writeValue(value));
    }

    /** The JPQL of the field's value: the same expression as its index, the key inlined. */
    private static String sql(String column, CustomFieldDefinition field) {
        return "SQL('" + jpqlString(CustomFieldIndexes.expression("?", field.key(), field.type())) + "', " + column
                + ")";
    }

    /** SQL inside a JPQL string literal: quotes doubled. */
    private static String jpqlString(String sql) {
        return sql.replace("'", "''");
    }

    private Map<String, CustomFieldDefinition> byKey(TenantTx tx, String entityType) {
        Map<String, CustomFieldDefinition> fields = new LinkedHashMap<>();
        cache.of(tx, entityType).forEach(f -> fields.put(f.key(), f));
        return fields;
    }

    private static FieldError error(String key, String message) {
        return new FieldError("custom_fields." + key, message);
    }

    /** Lookups for one write, each list and member asked once. */
    ValueRules.Lookups lookups(TenantTx tx) {
        Map<String, Optional<Set<String>>> lists = new HashMap<>();
        Map<UUID, Boolean> members = new HashMap<>();
        return new ValueRules.Lookups() {
            @Override
            public Optional<Set<String>> choices(String typeList) {
                return lists.computeIfAbsent(typeList, code -> typeLists.activeCodes(tx, code));
            }

            @Override
            public boolean isMember(UUID userId) {
                return members.computeIfAbsent(
                        userId,
                        id -> !people.members(tx.tenantId(), List.of(id)).isEmpty());
            }

            @Override
            public boolean exists(String entityType, UUID id) {
                return host(entityType).map(h -> h.exists(tx, id)).orElse(false);
            }
        };
    }

    Optional<CustomFieldHost> host(String entityType) {
        return hosts.stream().filter(h -> h.entityType().equals(entityType)).findFirst();
    }

    List<String> entityTypes() {
        return hosts.stream().map(CustomFieldHost::entityType).sorted().toList();
    }
}
