package dev.procura.customfields;

import dev.procura.customfields.CustomFieldViews.CustomFieldView;
import dev.procura.customfields.CustomFieldViews.Removal;
import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Quotas;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The tenant's custom field definitions. A field is a row, never DDL (an indexed field adds an
 * expression index after the commit); a record type holds at most {@link #FIELDS_PER_TYPE} live
 * fields, {@link #INDEXED_PER_TYPE} of them indexed, and the plan's custom field limit counts
 * every live field. Deleting a field whose values some record holds archives it unless purged.
 */
@ApplicationScoped
public class CustomFieldService {

    static final int FIELDS_PER_TYPE = 1000;
    static final int INDEXED_PER_TYPE = 20;

    @Inject
    TenantTransactions tenantData;

    @Inject
    CustomFieldRepository fields;

    @Inject
    CustomFieldValues values;

    @Inject
    CustomFieldIndexes indexes;

    @Inject
    DefinitionCache cache;

    @Inject
    TenantOutbox outbox;

    @Inject
    Quotas quotas;

    public CustomFieldView create(UUID tenantId, Caller caller, CustomFieldRequests.Define request) {
        CustomFieldHost host = host(request.entityType());
        FieldType type = type(request.type());
        quotas.admit(tenantId, Meter.CUSTOM_FIELDS, 1);
        CustomFieldDefinition field = tenantData.call(tenantId, caller.userId(), tx -> {
            EntityManager em = tx.em();
            if (fields.keyTaken(em, request.entityType(), request.key())) {
                throw keyTaken(request);
            }
            requireRoom(em, request.entityType(), request.indexedOrDefault(), false);
            CustomFieldDefinition made = new CustomFieldDefinition(request.entityType(), request.key(), type, tx.now());
            made.configure(settings(tx, type, request), tx.now());
            em.persist(made);
            flushUnique(em, request);
            publish(tx, caller, "custom_field.created", made);
            return made;
        });
        cache.changed(tenantId, field.entityType());
        if (field.indexed()) {
            indexes.create(tenantId, host.table(), field);
        }
        return CustomFieldView.of(field);
    }

    public Page<CustomFieldView> list(CustomFieldRepository.Filter filter, String sort, int page, int perPage) {
        if (filter.entityType() != null) {
            host(filter.entityType());
        }
        return tenantData.call(tx -> new Page<>(
                fields.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(CustomFieldView::of)
                        .toList(),
                page,
                perPage,
                fields.count(tx.em(), filter)));
    }

    public CustomFieldView get(UUID id) {
        return tenantData.call(tx -> CustomFieldView.of(existing(tx.em(), id)));
    }

    /** Entity type, key and type stay; an archived field comes back with {@code active: true}. */
    public CustomFieldView change(UUID tenantId, Caller caller, UUID id, CustomFieldRequests.Define request) {
        record Change(CustomFieldDefinition field, boolean wasIndexed) {}
        Change change = tenantData.call(tenantId, caller.userId(), tx -> {
            EntityManager em = tx.em();
            CustomFieldDefinition field = existing(em, id);
            List<FieldError> fixed = new ArrayList<>();
            compare(fixed, "entity_type", field.entityType(), request.entityType());
            compare(fixed, "key", field.key(), request.key());
            compare(fixed, "type", field.type().wireName(), request.type());
            if (!fixed.isEmpty()) {
                throw new Failure.InvalidInput(fixed);
            }
            boolean wasIndexed = field.indexed();
            boolean reviving = field.archived() && request.activeOrDefault();
            if (reviving || (!wasIndexed && request.indexedOrDefault())) {
                requireRoom(em, field.entityType(), !wasIndexed && request.indexedOrDefault(), !reviving);
            }
            if (reviving) {
                quotas.admit(tx.tenantId(), Meter.CUSTOM_FIELDS, 1);
            }
            field.configure(settings(tx, field.type(), request), tx.now());
            em.flush();
            publish(tx, caller, reviving ? "custom_field.restored" : "custom_field.changed", field);
            return new Change(field, wasIndexed);
        });
        CustomFieldDefinition field = change.field();
        cache.changed(tenantId, field.entityType());
        String table = host(field.entityType()).table();
        if (field.indexed() && !change.wasIndexed()) {
            indexes.create(tenantId, table, field);
        } else if (!field.indexed() && change.wasIndexed()) {
            indexes.drop(tenantId, table, field);
        }
        return CustomFieldView.of(field);
    }

    /** Deletes the field, archives it when records hold values, or with {@code purge} removes those values too. */
    public Removal delete(UUID tenantId, Caller caller, UUID id, boolean purge) {
        record Outcome(Removal removal, CustomFieldDefinition field, boolean dropIndex) {}
        Outcome outcome = tenantData.call(tenantId, caller.userId(), tx -> {
            EntityManager em = tx.em();
            CustomFieldDefinition field = existing(em, id);
            String table = host(field.entityType()).table();
            long holding = fields.holding(em, table, field.key());
            boolean indexed = field.indexed();
            if (holding > 0 && !purge) {
                field.archive(tx.now());
                em.flush();
                publish(tx, caller, "custom_field.archived", field);
                return new Outcome(new Removal("archived", holding, CustomFieldView.of(field)), field, indexed);
            }
            if (purge) {
                fields.purge(em, table, field.key());
            }
            em.remove(field);
            publish(tx, caller, purge ? "custom_field.purged" : "custom_field.deleted", field);
            return new Outcome(new Removal(purge ? "purged" : "deleted", holding, null), field, indexed);
        });
        cache.changed(tenantId, outcome.field().entityType());
        if (outcome.dropIndex()) {
            indexes.drop(tenantId, host(outcome.field().entityType()).table(), outcome.field());
        }
        return outcome.removal();
    }

    /** The record types that take custom fields. */
    public List<String> entityTypes() {
        return values.entityTypes();
    }

    private CustomFieldDefinition.Settings settings(TenantTx tx, FieldType type, CustomFieldRequests.Define request) {
        List<FieldError> errors = new ArrayList<>();
        if (type.choice() != (request.typeList() != null)) {
            errors.add(new FieldError(
                    "type_list", type.choice() ? "is required for choice fields" : "applies to choice fields only"));
        } else if (type.choice()
                && values.lookups(tx).choices(request.typeList()).isEmpty()) {
            errors.add(new FieldError("type_list", "names no type list of this tenant"));
        }
        boolean reference = type == FieldType.ENTITY_REFERENCE;
        if (reference != (request.refEntityType() != null)) {
            errors.add(new FieldError(
                    "ref_entity_type",
                    reference ? "is required for entity_reference fields" : "applies to entity_reference fields only"));
        } else if (reference && values.host(request.refEntityType()).isEmpty()) {
            errors.add(new FieldError("ref_entity_type", "must be one of " + values.entityTypes()));
        }
        boolean bounded = type.numeric() || type.textual();
        if (!bounded && (request.min() != null || request.max() != null)) {
            errors.add(new FieldError("min", "min and max apply to numbers, money and text only"));
        } else if (request.min() != null
                && request.max() != null
                && request.min().compareTo(request.max()) > 0) {
            errors.add(new FieldError("min", "must not be greater than max"));
        } else if (type.textual() && request.min() != null && request.min().signum() < 0) {
            errors.add(new FieldError("min", "a length cannot be negative"));
        }
        if (request.pattern() != null) {
            if (!type.textual()) {
                errors.add(new FieldError("pattern", "applies to text fields only"));
            } else {
                try {
                    Pattern.compile(request.pattern());
                } catch (PatternSyntaxException e) {
                    errors.add(new FieldError("pattern", "is not a valid regular expression: " + e.getDescription()));
                }
            }
        }
        if (request.indexedOrDefault() && !type.indexable()) {
            errors.add(new FieldError("indexed", "long_text and multi_choice fields cannot be indexed"));
        }
        String defaultJson = null;
        if (errors.isEmpty() && request.defaultValue() != null) {
            ValueRules.Shape shape = new ValueRules.Shape(
                    type, request.min(), request.max(), request.pattern(), request.typeList(), request.refEntityType());
            try {
                defaultJson =
                        JsonValues.writeValue(ValueRules.normalize(shape, request.defaultValue(), values.lookups(tx)));
            } catch (ValueRules.Invalid e) {
                errors.add(new FieldError("default_value", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return new CustomFieldDefinition.Settings(
                request.label(),
                request.requiredOrDefault(),
                defaultJson,
                request.min(),
                request.max(),
                request.pattern(),
                request.helpText(),
                request.sortOrderOrDefault(),
                request.activeOrDefault(),
                request.indexedOrDefault(),
                request.typeList(),
                request.refEntityType());
    }

    /** Room for one more live field of the type ({@code counting}) and, if {@code indexing}, one more index. */
    private void requireRoom(EntityManager em, String entityType, boolean indexing, boolean alreadyCounted) {
        if (!alreadyCounted && fields.countLive(em, entityType, false) >= FIELDS_PER_TYPE) {
            throw new Failure.Conflict(
                    ProblemType.CUSTOM_FIELD_LIMIT,
                    entityType + " already has " + FIELDS_PER_TYPE + " custom fields",
                    Map.of("limit", FIELDS_PER_TYPE));
        }
        if (indexing && fields.countLive(em, entityType, true) >= INDEXED_PER_TYPE) {
            throw new Failure.Conflict(
                    ProblemType.CUSTOM_FIELD_LIMIT,
                    entityType + " already has " + INDEXED_PER_TYPE + " indexed custom fields",
                    Map.of("limit", INDEXED_PER_TYPE));
        }
    }

    private static void compare(List<FieldError> errors, String field, String stored, String requested) {
        if (!Objects.equals(stored, requested)) {
            errors.add(new FieldError(field, "cannot change (is " + stored + "); make a new field instead"));
        }
    }

    private CustomFieldHost host(String entityType) {
        return values.host(entityType)
                .orElseThrow(() -> new Failure.InvalidInput("entity_type", "must be one of " + values.entityTypes()));
    }

    private static FieldType type(String wire) {
        return FieldType.fromWire(wire)
                .orElseThrow(() -> new Failure.InvalidInput("type", "must be one of " + FieldType.WIRE_NAMES));
    }

    private CustomFieldDefinition existing(EntityManager em, UUID id) {
        CustomFieldDefinition field = fields.find(em, id);
        if (field == null) {
            throw new Failure.NotFound("No custom field " + id + " in this tenant");
        }
        return field;
    }

    private static Failure keyTaken(CustomFieldRequests.Define request) {
        return new Failure.Conflict(
                ProblemType.CUSTOM_FIELD_KEY_TAKEN,
                request.entityType() + " already has a custom field " + request.key());
    }

    private static void flushUnique(EntityManager em, CustomFieldRequests.Define request) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw keyTaken(request);
                }
            }
            throw e;
        }
    }

    private void publish(TenantTx tx, Caller caller, String event, CustomFieldDefinition field) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("entity_type", field.entityType());
        data.put("key", field.key());
        data.put("type", field.type().wireName());
        data.put("label", field.label());
        data.put("indexed", field.indexed());
        outbox.publish(tx, event, field.id().toString(), caller.userId(), data);
    }
}
