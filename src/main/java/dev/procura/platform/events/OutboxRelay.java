package dev.procura.platform.events;

import dev.procura.platform.audit.AuditSealer;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox rows to Kafka and marks them sent. It wakes when a transaction that wrote an
 * event commits, and sweeps every {@code procura.outbox.sweep-interval} for rows a crash left
 * behind. One server relays an outbox at a time (a transaction-scoped advisory lock per outbox,
 * taken with pg_try_advisory_xact_lock: another server skips that outbox for now), so each row
 * goes out once, in id order, which keeps the order of events of one key. If Kafka is down the
 * rows wait, and go out when it is back; nothing is lost and nothing is sent for a rolled-back
 * change. A row the broker refuses on its own (too large) is parked with its error and the rest go on.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final long CONTROL_OUTBOX_LOCK = 0x5052_4f43_4f55_5431L;
    static final long TENANT_OUTBOX_LOCK = 0x5052_4f43_4f55_5432L;
    private static final long PRUNE_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    /** Batches one transaction relays at most, so a large backlog still commits now and then. */
    static final int BATCHES_PER_TRANSACTION = 8;

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    KafkaProducers producers;

    @Inject
    @ConfigProperty(name = "procura.outbox.sweep-interval", defaultValue = "PT5S")
    Duration sweepInterval;

    @Inject
    @ConfigProperty(name = "procura.outbox.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "procura.outbox.sweep-tenants", defaultValue = "20")
    int sweepTenants;

    @Inject
    @ConfigProperty(name = "procura.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    TenantTransactions tenantData;

    @Inject
    OutboxSignals signals;

    @Inject
    AuditSealer sealer;

    private final Semaphore wakeUp = new Semaphore(0);
    private final Set<UUID> signalled = ConcurrentHashMap.newKeySet();
    /** When each outbox (the control outbox under its lock key) was last pruned; relay thread only. */
    private final java.util.Map<Object, Long> lastPruned = new java.util.HashMap<>();

    private long nextSweepNanos;
    private volatile boolean running = true;
    private Thread worker;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = threads.newThread(this::loop);
        worker.setName("procura-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        wakeUp.release();
    }

    void onTenantEvents(@Observes TenantTransactions.TenantEventsCommitted committed) {
        signalled.addAll(committed.tenantIds());
        wakeUp.release();
    }

    private List<UUID> takeSignalled() {
        List<UUID> tenants = new ArrayList<>(signalled);
        signalled.removeAll(tenants);
        return tenants;
    }

    /**
     * Catch-up for events a crash left unsent: the tenants still marked in outbox_signals, oldest
     * first, a bounded number per pass. Never a connection per tenant, never a scan of all tenants.
     */
    private void sweepSignalledTenants() throws SQLException {
        if (System.nanoTime() < nextSweepNanos) {
            return;
        }
        nextSweepNanos = System.nanoTime() + sweepInterval.toNanos();
        for (UUID tenantId : signals.oldest(sweepTenants).keySet()) {
            relayOrLeaveForTheSweep(tenantId);
        }
    }

    private void loop() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try {
                wakeUp.tryAcquire(sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                while (running && relayControlBatch() == batchSize * BATCHES_PER_TRANSACTION) {
                    // a full batch: there may be more
                }
                for (UUID tenantId : takeSignalled()) {
                    relayOrLeaveForTheSweep(tenantId);
                }
                sweepSignalledTenants();
                backoff = Duration.ofSeconds(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Outbox relay failed; retrying in " + backoff.toSeconds() + " s: " + e);
                closeProducer();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                        ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes up to one batch of the control outbox; returns how many rows were sent. */
    int relayControlBatch() throws Exception {
        sealer.sealControl();
        try (Connection connection = control.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int sent = publishPending(connection, CONTROL_OUTBOX_LOCK, "control");
                connection.commit();
                return sent;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * One tenant whose database cannot be reached (its server is down) must not hold up the others
     * or the control outbox: its mark stays in outbox_signals and a later sweep tries again.
     */
    private void relayOrLeaveForTheSweep(UUID tenantId) throws SQLException {
        try {
            relayTenant(tenantId);
        } catch (Failure.NotFound gone) {
            signals.clear(tenantId, signals.databaseNow());
        } catch (RelayFailure kafka) {
            throw kafka;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Outbox of tenant " + tenantId + " not relayed now; the sweep will retry", e);
        }
    }

    /** Publishes a tenant's pending events, batch by batch, in tenant transactions (within the budget). */
    void relayTenant(UUID tenantId) throws SQLException {
        Instant drainingSince = signals.databaseNow();
        // Nothing goes out before it is on the audit trail.
        sealer.sealTenant(tenantId);
        int sent;
        do {
            sent = tenantData.callOnConnection(tenantId, connection -> {
                try {
                    return publishPending(connection, TENANT_OUTBOX_LOCK, tenantId);
                } catch (Exception e) {
                    throw new RelayFailure(e);
                }
            });
        } while (sent == batchSize * BATCHES_PER_TRANSACTION && running);
        try {
            signals.clear(tenantId, drainingSince);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Outbox signal of " + tenantId + " not cleared; the sweep will look again", e);
        }
    }

    /**
     * In the caller's transaction on {@code connection}: takes the outbox's advisory lock (or
     * gives up: another server is on it), then sends the oldest pending rows in order, batch after
     * batch, up to {@link #BATCHES_PER_TRANSACTION} batches. The batches overlap: while the broker
     * acknowledges one, the next is read and sent, and a batch is marked sent once all its records
     * are acknowledged. Returns how many rows it took; a failure leaves them all pending.
     */
    private int publishPending(Connection connection, long lockKey, Object outbox) throws Exception {
        if (!tryLock(connection, lockKey)) {
            return 0;
        }
        int taken = 0;
        long afterId = 0;
        Batch inFlight = null;
        for (int round = 0; round < BATCHES_PER_TRANSACTION; round++) {
            Batch next = sendBatch(connection, afterId);
            if (inFlight != null) {
                settle(connection, inFlight);
            }
            inFlight = next;
            taken += next.ids.size();
            if (next.ids.size() < batchSize) {
                // The last batch: send it now rather than after the producer's linger.
                producer().flush();
                break;
            }
            afterId = next.ids.get(next.ids.size() - 1);
        }
        if (inFlight != null) {
            settle(connection, inFlight);
        }
        if (taken > 0) {
            pruneNowAndThen(connection, outbox);
        }
        return taken;
    }

    /** Rows read from an outbox and handed to the producer, with the producer's answers to come. */
    private record Batch(List<Long> ids, List<Future<?>> sends) {}

    private Batch sendBatch(Connection connection, long afterId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<Future<?>> sends = new ArrayList<>();
        try (PreparedStatement pending = connection.prepareStatement("SELECT id, topic, message_key, payload"
                + " FROM outbox WHERE sent_at IS NULL AND parked_at IS NULL AND id > ? ORDER BY id LIMIT "
                + batchSize)) {
            pending.setLong(1, afterId);
            try (ResultSet rs = pending.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    sends.add(producer().send(new ProducerRecord<>(rs.getString(2), rs.getString(3), rs.getString(4))));
                }
            }
        }
        return new Batch(ids, sends);
    }

    /** Waits for the broker's answer on every record of the batch; marks the sent ones, parks the refused ones. */
    private void settle(Connection connection, Batch batch) throws Exception {
        if (batch.ids.isEmpty()) {
            return;
        }
        List<Long> sent = new ArrayList<>(batch.ids.size());
        Map<Long, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < batch.ids.size(); i++) {
            try {
                batch.sends.get(i).get(30, TimeUnit.SECONDS);
                sent.add(batch.ids.get(i));
            } catch (ExecutionException e) {
                if (!isRefusal(e.getCause())) {
                    throw e;
                }
                refused.put(batch.ids.get(i), e.getCause().toString());
            }
        }
        markSent(connection, sent);
        park(connection, refused);
    }

    /**
     * The broker refuses this record itself (too large, an invalid topic): sending it again would
     * fail again. Anything else (timeouts, a broker away) is a reason to wait, not to park.
     */
    static boolean isRefusal(Throwable failure) {
        return failure instanceof org.apache.kafka.common.errors.ApiException
                && !(failure instanceof org.apache.kafka.common.errors.RetriableException)
                && !(failure instanceof org.apache.kafka.common.errors.AuthenticationException)
                && !(failure instanceof org.apache.kafka.common.errors.AuthorizationException);
    }

    private static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement sent =
                connection.prepareStatement("UPDATE outbox SET sent_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            sent.setArray(1, array);
            sent.executeUpdate();
        }
    }

    /** Rows the broker refused: kept with the error, out of the way of the rows behind them. */
    private static void park(Connection connection, Map<Long, String> refused) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement park =
                connection.prepareStatement("UPDATE outbox SET parked_at = now(), error = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> row : refused.entrySet()) {
                park.setString(1, row.getValue());
                park.setLong(2, row.getKey());
                park.addBatch();
                LOG.warning("Outbox row " + row.getKey() + " parked: Kafka refused it: " + row.getValue());
            }
            park.executeBatch();
        }
    }

    /** Deletes rows sent longer ago than the retention, at most once a minute per outbox. */
    private void pruneNowAndThen(Connection connection, Object outbox) throws SQLException {
        long now = System.nanoTime();
        Long last = lastPruned.get(outbox);
        if (last != null && now - last < PRUNE_EVERY_NANOS) {
            return;
        }
        if (lastPruned.size() > 10_000) {
            lastPruned.clear();
        }
        lastPruned.put(outbox, now);
        try (PreparedStatement prune = connection.prepareStatement(
                "DELETE FROM outbox WHERE sent_at < now() - (? * interval '1 second') AND audited_at IS NOT NULL")) {
            prune.setLong(1, retention.toSeconds());
            prune.executeUpdate();
        }
    }

    /** A checked failure of the relay inside a tenant transaction (rolls it back). */
    static final class RelayFailure extends RuntimeException {
        RelayFailure(Exception cause) {
            super(cause);
        }
    }

    private static boolean tryLock(Connection connection, long lockKey) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, lockKey);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private Producer<String, String> producer() {
        return producers.producer();
    }

    private void closeProducer() {
        producers.reset();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }
}
