package dev.procura.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reading an audit trail back: entries by actor, action, record, time and tenant, newest first
 * for the views or oldest first for exports. {@link AuditChain} writes and verifies the chain.
 */
public final class AuditReads {

    private AuditReads() {}

    /**
     * What to read back; every criterion optional. {@code action} ending in a dot is a prefix
     * ({@code document.}). {@code about}: entries about any of these records ({@code type:id}),
     * or, with {@code actorId}, entries by that actor or about those records. On the platform
     * trail, {@code tenantId} and {@code securityOf} select the entries about that tenant or the
     * security events of those users.
     */
    public record Query(
            UUID actorId,
            String action,
            String entityType,
            String entityId,
            Instant from,
            Instant to,
            UUID tenantId,
            List<UUID> securityOf,
            List<String> about) {

        public static Query all() {
            return new Query(null, null, null, null, null, null, null, null, null);
        }

        public Query forTenantOnPlatform(UUID tenant, List<UUID> members) {
            return new Query(actorId, action, entityType, entityId, from, to, tenant, members, about);
        }
    }

    /** Entries matching {@code query}, newest first. */
    public static List<AuditEntry> find(Connection c, AuditChain.Trail trail, Query query, int offset, int limit)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(c, trail, query, parameters);
        List<AuditEntry> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + trail.columns() + " FROM audit_log" + where
                + " ORDER BY seq DESC OFFSET " + offset + " LIMIT " + limit)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(AuditChain.read(rs));
                }
            }
        }
        return found;
    }

    /** Entries matching {@code query} after entry {@code afterSeq}, oldest first (exports read on from the last). */
    public static List<AuditEntry> after(Connection c, AuditChain.Trail trail, Query query, long afterSeq, int limit)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(c, trail, query, parameters);
        parameters.add(afterSeq);
        List<AuditEntry> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + trail.columns() + " FROM audit_log" + where
                + (where.isEmpty() ? " WHERE" : " AND") + " seq > ? ORDER BY seq LIMIT " + limit)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(AuditChain.read(rs));
                }
            }
        }
        return found;
    }

    /** The entries of these events, in any order. */
    public static List<AuditEntry> byEventIds(Connection c, AuditChain.Trail trail, List<UUID> eventIds)
            throws SQLException {
        List<AuditEntry> found = new ArrayList<>();
        try (PreparedStatement select =
                c.prepareStatement("SELECT " + trail.columns() + " FROM audit_log WHERE event_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("uuid", eventIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(AuditChain.read(rs));
                }
            }
        }
        return found;
    }

    public static long count(Connection c, AuditChain.Trail trail, Query query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(c, trail, query, parameters);
        try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM audit_log" + where)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String where(Connection c, AuditChain.Trail trail, Query q, List<Object> parameters)
            throws SQLException {
        List<String> clauses = new ArrayList<>();
        boolean about = q.about() != null && !q.about().isEmpty();
        if (q.actorId() != null && about) {
            clauses.add("(actor_id = ? OR related && ?)");
            parameters.add(q.actorId());
            parameters.add(c.createArrayOf("text", q.about().toArray()));
        } else if (q.actorId() != null) {
            clauses.add("actor_id = ?");
            parameters.add(q.actorId());
        } else if (about) {
            clauses.add("related && ?");
            parameters.add(c.createArrayOf("text", q.about().toArray()));
        }
        if (q.action() != null) {
            if (q.action().endsWith(".")) {
                clauses.add("action LIKE ?");
                parameters.add(q.action().replace("%", "\\%").replace("_", "\\_") + "%");
            } else {
                clauses.add("action = ?");
                parameters.add(q.action());
            }
        }
        if (q.entityType() != null && q.entityId() != null) {
            clauses.add("related @> ?");
            parameters.add(c.createArrayOf("text", new Object[] {q.entityType() + ":" + q.entityId()}));
        } else if (q.entityType() != null) {
            clauses.add("entity_type = ?");
            parameters.add(q.entityType());
        }
        if (q.from() != null) {
            clauses.add("occurred_at >= ?");
            parameters.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            clauses.add("occurred_at < ?");
            parameters.add(Timestamp.from(q.to()));
        }
        if (trail.hasTenant && (q.tenantId() != null || q.securityOf() != null)) {
            List<String> either = new ArrayList<>();
            if (q.tenantId() != null) {
                either.add("tenant_id = ?");
                parameters.add(q.tenantId());
            }
            if (q.securityOf() != null && !q.securityOf().isEmpty()) {
                either.add("(action LIKE 'security.%' AND actor_id = ANY (?))");
                parameters.add(c.createArrayOf("uuid", q.securityOf().toArray()));
            }
            clauses.add(either.isEmpty() ? "FALSE" : "(" + String.join(" OR ", either) + ")");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
