package dev.procura.audit;

import dev.procura.identity.UserFacts;
import dev.procura.platform.audit.AuditChain;
import dev.procura.platform.audit.AuditEntry;
import dev.procura.platform.audit.AuditReads;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant's audit trail for conversions (CSV, Excel, PDF exports), oldest first, with the
 * changes written out as {@code field: before → after}. Filters as the log view: {@code user_id},
 * {@code action}, {@code entity_type}, {@code entity_id}, {@code from}, {@code to}.
 */
@ApplicationScoped
public class AuditExports implements RecordSource {

    static final List<ExportField> FIELDS = List.of(
            new ExportField("seq", FieldType.INTEGER),
            new ExportField("occurred_at", FieldType.DATETIME),
            new ExportField("actor_email", FieldType.TEXT),
            new ExportField("actor_id", FieldType.TEXT),
            new ExportField("on_behalf_of", FieldType.TEXT),
            new ExportField("action", FieldType.TEXT),
            new ExportField("entity_type", FieldType.TEXT),
            new ExportField("entity_id", FieldType.TEXT),
            new ExportField("changes", FieldType.TEXT),
            new ExportField("client_address", FieldType.TEXT),
            new ExportField("request_id", FieldType.TEXT),
            new ExportField("chain_hash", FieldType.TEXT));

    @Inject
    UserFacts users;

    @Override
    public String type() {
        return "audit_entry";
    }

    @Override
    public String readPermission() {
        return Permissions.AUDIT_READ;
    }

    @Override
    public List<ExportField> fields() {
        return FIELDS;
    }

    @Override
    public List<ExportField> lineFields() {
        return List.of();
    }

    @Override
    public Set<String> filters() {
        return Set.of("user_id", "action", "entity_type", "entity_id", "from", "to");
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        AuditReads.Query query = query(tx, filter);
        return read(tx, c -> AuditReads.count(c, AuditChain.Trail.TENANT, query));
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        AuditReads.Query query = query(tx, filter);
        long after = afterKey == null ? 0 : Long.parseLong(afterKey);
        return records(read(tx, c -> AuditReads.after(c, AuditChain.Trail.TENANT, query, after, limit)));
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, AuditEntry> found = new HashMap<>();
        read(tx, c -> AuditReads.byEventIds(c, AuditChain.Trail.TENANT, ids)).forEach(e -> found.put(e.eventId(), e));
        return records(ids.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    private List<ExportRecord> records(List<AuditEntry> entries) {
        Map<UUID, String> emails = users
                .contacts(entries.stream()
                        .map(AuditEntry::actorId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(UserFacts.Contact::userId, UserFacts.Contact::email, (a, b) -> a));
        List<ExportRecord> records = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("seq", e.seq());
            values.put("occurred_at", e.occurredAt());
            values.put("actor_email", e.actorId() == null ? "system" : emails.get(e.actorId()));
            values.put("actor_id", e.actorId() == null ? null : e.actorId().toString());
            values.put(
                    "on_behalf_of",
                    e.onBehalfOf() == null ? null : e.onBehalfOf().toString());
            values.put("action", e.action());
            values.put("entity_type", e.entityType());
            values.put("entity_id", e.entityId());
            values.put("changes", changesText(e.changes()));
            values.put("client_address", e.clientAddress());
            values.put("request_id", e.requestId());
            values.put("chain_hash", e.chainHash());
            records.add(new ExportRecord(key(e.seq()), values, List.of()));
        }
        records.sort(Comparator.comparing(ExportRecord::key));
        return records;
    }

    /** {@code status: draft → submitted; total: 10.00 → 12.00}. */
    static String changesText(String json) {
        List<AuditViews.ChangeView> changes = AuditViews.parseChanges(json);
        if (changes == null) {
            return null;
        }
        return changes.stream()
                .map(c ->
                        c.field() + ": " + Objects.toString(c.before(), "∅") + " → " + Objects.toString(c.after(), "∅"))
                .collect(Collectors.joining("; "));
    }

    /** Keys sort as text in entry order. */
    static String key(long seq) {
        return String.format("%019d", seq);
    }

    private static AuditReads.Query query(TenantTx tx, Map<String, String> filter) {
        UUID user = null;
        if (filter.containsKey("user_id")) {
            try {
                user = UUID.fromString(filter.get("user_id"));
            } catch (IllegalArgumentException e) {
                throw new Failure.InvalidInput("source.filter.user_id", "must be a user id");
            }
        }
        for (String key : filter.keySet()) {
            if (!Set.of("user_id", "action", "entity_type", "entity_id", "from", "to")
                    .contains(key)) {
                throw new Failure.InvalidInput(
                        "source.filter." + key,
                        "is not a filter of audit_entry; use [user_id, action, entity_type, entity_id, from, to]");
            }
        }
        String entityType = filter.get("entity_type");
        if (filter.containsKey("entity_id") && entityType == null) {
            throw new Failure.InvalidInput("source.filter.entity_id", "needs entity_type");
        }
        return new AuditReads.Query(
                user,
                filter.get("action"),
                entityType,
                filter.get("entity_id"),
                filter.containsKey("from")
                        ? AuditService.instant(
                                "source.filter.from",
                                filter.get("from"),
                                tx.calendar().zone(),
                                false)
                        : null,
                filter.containsKey("to")
                        ? AuditService.instant(
                                "source.filter.to",
                                filter.get("to"),
                                tx.calendar().zone(),
                                true)
                        : null,
                null,
                null,
                null);
    }

    @FunctionalInterface
    interface Reading<T> {
        T apply(Connection connection) throws SQLException;
    }

    static <T> T read(TenantTx tx, Reading<T> reading) {
        try {
            return reading.apply(tx.em().unwrap(Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the audit trail failed", e);
        }
    }
}
