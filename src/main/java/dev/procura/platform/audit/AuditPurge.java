package dev.procura.platform.audit;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantServers;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Removes the oldest entries of a tenant's audit trail, past its retention. First it appends an
 * {@code audit.purged} entry saying through which entry (number and chain hash) it purges, under
 * the sealing lock, so the chain that remains still verifies from its new first entry; then it
 * deletes them as the database administrator (the application's role may not delete), saying so
 * with {@code procura.audit_purge}, which the append-only trigger asks for.
 */
@ApplicationScoped
public class AuditPurge {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    TenantServers servers;

    @Inject
    Clock clock;

    /** What one purge removed: entries {@code fromSeq..throughSeq} (none when {@code count} is 0). */
    public record Purged(long fromSeq, long throughSeq, long count) {}

    public Purged purge(UUID tenantId, Instant cutoff, int retentionYears) {
        Optional<Purged> marked = tenantData.call(tenantId, tx -> {
            try {
                return mark(tx.em().unwrap(Connection.class), cutoff, retentionYears, clock.instant());
            } catch (SQLException e) {
                throw new IllegalStateException("Recording the audit purge of tenant " + tenantId + " failed", e);
            }
        });
        if (marked.isEmpty()) {
            return new Purged(0, 0, 0);
        }
        TenantDatabase database =
                databases.find(tenantId).orElseThrow(() -> new Failure.NotFound("No database for tenant " + tenantId));
        TenantServers.Server server = servers.byName(database.serverName())
                .orElseThrow(() -> new IllegalStateException("Unknown tenant server " + database.serverName()));
        try (Connection admin = servers.openAsAdmin(server, database.databaseName())) {
            delete(admin, marked.get().throughSeq());
        } catch (SQLException e) {
            throw new IllegalStateException("Purging the audit trail of tenant " + tenantId + " failed", e);
        }
        return marked.get();
    }

    /**
     * In the caller's transaction on the application's connection: appends the purge marker for
     * the entries before {@code cutoff} (a prefix of the chain), if there are any.
     */
    static Optional<Purged> mark(Connection c, Instant cutoff, int retentionYears, Instant now) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, AuditSealer.AUDIT_LOCK);
            lock.execute();
        }
        long first;
        long through;
        try (PreparedStatement range = c.prepareStatement("SELECT min(seq),"
                + " coalesce((SELECT min(seq) FROM audit_log WHERE occurred_at >= ?) - 1, max(seq)) FROM audit_log")) {
            range.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rs = range.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
                through = rs.getLong(2);
                if (rs.wasNull() || through < first) {
                    return Optional.empty();
                }
            }
        }
        AuditChain.Head head = AuditChain.head(c);
        String throughHash;
        try (PreparedStatement hash = c.prepareStatement("SELECT chain_hash FROM audit_log WHERE seq = ?")) {
            hash.setLong(1, through);
            try (ResultSet rs = hash.executeQuery()) {
                rs.next();
                throughHash = rs.getString(1);
            }
        }
        String details = jakarta.json.Json.createObjectBuilder()
                .add("through_seq", through)
                .add("through_hash", throughHash)
                .add("from_seq", first)
                .add("count", through - first + 1)
                .add("cutoff", cutoff.toString())
                .add("retention_years", retentionYears)
                .build()
                .toString();
        AuditChain.append(
                c,
                AuditChain.Trail.TENANT,
                head,
                List.of(new AuditEntry.Draft(
                        UUID.randomUUID(),
                        now,
                        null,
                        null,
                        null,
                        AuditChain.PURGED,
                        "audit",
                        first + ".." + through,
                        null,
                        details,
                        null,
                        null,
                        List.of("audit:" + first + ".." + through))),
                now);
        return Optional.of(new Purged(first, through, through - first + 1));
    }

    /** As the administrator: removes entries up to {@code throughSeq}. */
    static void delete(Connection admin, long throughSeq) throws SQLException {
        admin.setAutoCommit(false);
        try (Statement flag = admin.createStatement()) {
            flag.execute("SET LOCAL procura.audit_purge = 'on'");
        }
        try (PreparedStatement delete = admin.prepareStatement("DELETE FROM audit_log WHERE seq <= ?")) {
            delete.setLong(1, throughSeq);
            delete.executeUpdate();
        }
        admin.commit();
    }
}
