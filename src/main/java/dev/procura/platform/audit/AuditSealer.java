package dev.procura.platform.audit;

import dev.procura.platform.events.EventsSealed;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals outbox rows into the audit trail of their database, in outbox order, before the relay
 * publishes them: one server at a time per trail (a transaction-scoped advisory lock), so the
 * chain has one writer and no gaps. Signs the head every {@code procura.audit.checkpoint-every}
 * entries, and when the last checkpoint is older than {@code procura.audit.checkpoint-interval}.
 * After a tenant batch commits, observers of {@link EventsSealed} (the search index) follow it.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    static final long AUDIT_LOCK = 0x5052_4f43_4155_4431L;

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Inject
    TenantTransactions tenantData;

    @Inject
    AuditSigner signer;

    @Inject
    Clock clock;

    @Inject
    Event<EventsSealed> sealedEvents;

    @Inject
    @ConfigProperty(name = "procura.audit.checkpoint-every", defaultValue = "1000")
    int checkpointEvery;

    @Inject
    @ConfigProperty(name = "procura.audit.checkpoint-interval", defaultValue = "PT1H")
    Duration checkpointInterval;

    @Inject
    @ConfigProperty(name = "procura.audit.seal-batch", defaultValue = "500")
    int batchSize;

    /** What one batch sealed: the outbox rows it took, and the events for observers. */
    record Batch(int rows, List<EventsSealed.Sealed> events) {}

    /** Seals every unsealed row of the tenant's outbox; a failure leaves the rest for the next pass. */
    public void sealTenant(UUID tenantId) {
        Batch batch;
        do {
            batch = tenantData.callOnConnection(tenantId, c -> seal(c, AuditChain.Trail.TENANT));
            if (!batch.events().isEmpty()) {
                follow(tenantId, batch.events());
            }
        } while (batch.rows() == batchSize);
    }

    /** Seals the control outbox into the platform trail, batch by batch. */
    public void sealControl() throws SQLException {
        int rows;
        do {
            try (Connection connection = control.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    rows = seal(connection, AuditChain.Trail.PLATFORM).rows();
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } while (rows == batchSize);
    }

    /** Derived data follows in a transaction of its own: its failure never holds the trail up. */
    private void follow(UUID tenantId, List<EventsSealed.Sealed> events) {
        try {
            tenantData.call(tenantId, tx -> {
                sealedEvents.fire(new EventsSealed(tx, events));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Updating what follows the audit trail of tenant " + tenantId + " failed", e);
        }
    }

    private Batch seal(Connection c, AuditChain.Trail trail) throws SQLException {
        if (!tryLock(c)) {
            return new Batch(0, List.of());
        }
        List<Long> ids = new ArrayList<>();
        List<AuditEntry.Draft> drafts = new ArrayList<>();
        List<EventsSealed.Sealed> events = new ArrayList<>();
        try (PreparedStatement pending = c.prepareStatement("SELECT id, event_id, created_at, topic, message_key,"
                + " payload, request_id, client_address, changes FROM outbox WHERE audited_at IS NULL ORDER BY id LIMIT "
                + batchSize)) {
            try (ResultSet rs = pending.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    Optional<AuditEntry.Draft> draft = AuditDrafts.of(new AuditDrafts.OutboxRow(
                            rs.getObject(2, UUID.class),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9)));
                    if (draft.isPresent()) {
                        AuditEntry.Draft d =
                                trail == AuditChain.Trail.TENANT ? draft.get().withoutTenant() : draft.get();
                        drafts.add(d);
                        events.add(new EventsSealed.Sealed(
                                d.eventId(), d.action(), d.entityId(), d.actorId(), d.occurredAt(), d.details()));
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return new Batch(0, List.of());
        }
        Instant now = clock.instant();
        AuditChain.Head head = AuditChain.head(c);
        List<AuditEntry> appended = AuditChain.append(c, trail, head, drafts, now);
        if (!appended.isEmpty()) {
            AuditEntry last = appended.get(appended.size() - 1);
            checkpointIfDue(c, new AuditChain.Head(last.seq(), last.chainHash()), now);
        }
        try (PreparedStatement sealed = c.prepareStatement("UPDATE outbox SET audited_at = ? WHERE id = ANY (?)")) {
            sealed.setTimestamp(1, java.sql.Timestamp.from(now));
            Array array = c.createArrayOf("bigint", ids.toArray());
            sealed.setArray(2, array);
            sealed.executeUpdate();
        }
        return new Batch(ids.size(), events);
    }

    private void checkpointIfDue(Connection c, AuditChain.Head head, Instant now) throws SQLException {
        Optional<AuditChain.Checkpoint> last = AuditChain.lastCheckpoint(c);
        boolean due = last.isEmpty()
                || head.seq() - last.get().seq() >= checkpointEvery
                || !last.get().signedAt().plus(checkpointInterval).isAfter(now);
        if (due) {
            AuditChain.checkpoint(c, head, signer, now);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, AUDIT_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
