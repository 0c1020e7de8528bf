package dev.procura.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.audit.AuditSealers;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlDatabase;
import dev.procura.platform.tenancy.TenantSchema;
import dev.procura.platform.tenancy.TenantTransactions.TenantEventsCommitted;
import dev.procura.support.Await;
import dev.procura.support.DirectTenantTransactions;
import dev.procura.support.ManagedConcurrency;
import dev.procura.support.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay against real outboxes (a throwaway control database and a throwaway tenant
 * database on the local PostgreSQL) and a broker in memory: rows go out once, in id order, are
 * marked sent, parked when the broker refuses them, and left pending when it does not answer.
 */
class OutboxRelayTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID GONE_TENANT = UUID.randomUUID();
    private static final UUID UNREACHABLE_TENANT = UUID.randomUUID();

    private static ThrowawayDatabase control;
    private static ThrowawayDatabase tenant;

    /** A broker in memory: accepts every record unless its payload says how to fail. */
    private static final class Broker extends MockProducer<String, String> {
        final AtomicInteger timeoutsLeft = new AtomicInteger();

        Broker() {
            super(true, null, new StringSerializer(), new StringSerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
            if (record.value().contains("too-large")) {
                return CompletableFuture.failedFuture(new RecordTooLargeException("The message is 2 MB"));
            }
            if (record.value().contains("slow") && timeoutsLeft.getAndDecrement() > 0) {
                return CompletableFuture.failedFuture(new TimeoutException("Expiring 1 record(s)"));
            }
            return super.send(record, callback);
        }

        List<String> payloads() {
            return history().stream().map(ProducerRecord::value).toList();
        }
    }

    private static final class Producers extends KafkaProducers {
        final Broker broker = new Broker();
        final AtomicInteger resets = new AtomicInteger();

        @Override
        public synchronized Producer<String, String> producer() {
            return broker;
        }

        @Override
        public synchronized void reset() {
            resets.incrementAndGet();
        }
    }

    private final Producers producers = new Producers();
    private OutboxRelay relay;

    @BeforeAll
    static void databases() throws Exception {
        control = ThrowawayDatabase.create("outbox_control").migrated(ControlDatabase.CHANGELOG);
        tenant = ThrowawayDatabase.create("outbox_tenant").migrated(TenantSchema.CHANGELOG);
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        if (control != null) {
            control.close();
        }
        if (tenant != null) {
            tenant.close();
        }
    }

    @BeforeEach
    void emptyOutboxes() {
        control.update("TRUNCATE outbox, outbox_signals");
        tenant.update("TRUNCATE outbox");
        relay = relay(3);
    }

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    private OutboxRelay relay(int batchSize) {
        OutboxRelay relay = new OutboxRelay();
        relay.control = control.dataSource();
        relay.threads = ManagedConcurrency.threads();
        relay.producers = producers;
        relay.sweepInterval = Duration.ofMillis(200);
        relay.retention = Duration.ofDays(7);
        relay.sweepTenants = 20;
        relay.batchSize = batchSize;
        relay.signals = new OutboxSignals();
        relay.signals.control = control.dataSource();
        relay.tenantData = new DirectTenantTransactions()
                .onConnections(tenantId -> {
                    if (!tenantId.equals(TENANT)) {
                        throw new Failure.NotFound("No database for tenant " + tenantId);
                    }
                    return tenant.connect();
                })
                .failing(UNREACHABLE_TENANT, new Failure.Unavailable("cannot be reached", Duration.ofSeconds(10)));
        // The sealer runs first; these payloads are no events, so they are sealed without entries.
        relay.sealer = AuditSealers.on(control.dataSource(), relay.tenantData);
        return relay;
    }

    /** Adds pending rows with these payloads; returns their ids. */
    private static List<Long> write(ThrowawayDatabase outbox, String... payloads) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = outbox.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox (event_id, topic, message_key, payload, created_at)"
                                + " VALUES (?, ?, ?, ?, now()) RETURNING id")) {
            for (String payload : payloads) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "procura.test");
                insert.setString(3, "key-" + payload);
                insert.setString(4, payload);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static long sent(ThrowawayDatabase outbox) {
        return outbox.number("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL");
    }

    private static long pending(ThrowawayDatabase outbox) {
        return outbox.number("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND parked_at IS NULL");
    }

    private static void mark(UUID tenantId) {
        control.update("INSERT INTO outbox_signals (tenant_id, marked_at) VALUES (?, clock_timestamp())", tenantId);
    }

    private static long signals(UUID tenantId) {
        return control.number("SELECT count(*) FROM outbox_signals WHERE tenant_id = ?", tenantId);
    }

    @Test
    void pendingControlEventsGoOutOnceInIdOrderAndAreMarkedSent() throws Exception {
        write(control, "a", "b", "c", "d", "e");
        control.update("UPDATE outbox SET sent_at = now() WHERE payload = 'a'");
        control.update("UPDATE outbox SET parked_at = now(), error = 'refused' WHERE payload = 'c'");

        assertEquals(3, relay.relayControlBatch());
        assertEquals(0, relay.relayControlBatch(), "nothing is sent twice");

        assertEquals(List.of("b", "d", "e"), producers.broker.payloads());
        ProducerRecord<String, String> first = producers.broker.history().get(0);
        assertEquals("procura.test", first.topic());
        assertEquals("key-b", first.key());
        assertEquals(4, sent(control));
        assertEquals(0, pending(control));
    }

    @Test
    void aRecordTheBrokerRefusesIsParkedWithItsErrorAndTheRestGoOn() throws Exception {
        List<Long> ids = write(control, "a", "too-large", "b", "c");

        assertEquals(4, relay.relayControlBatch());
        assertEquals(0, relay.relayControlBatch(), "a parked row is not tried again");

        assertEquals(List.of("a", "b", "c"), producers.broker.payloads());
        assertEquals(3, sent(control));
        assertEquals(
                1,
                control.number(
                        "SELECT count(*) FROM outbox WHERE id = ? AND parked_at IS NOT NULL AND sent_at IS NULL"
                                + " AND error LIKE '%RecordTooLargeException: The message is 2 MB'",
                        ids.get(1)));
    }

    @Test
    void aBrokerThatDoesNotAnswerLeavesEveryRowPending() throws Exception {
        write(control, "a", "b", "slow", "c");
        producers.broker.timeoutsLeft.set(1);

        ExecutionException failed = assertThrows(ExecutionException.class, relay::relayControlBatch);

        assertTrue(failed.getCause() instanceof TimeoutException, failed.toString());
        assertEquals(0, sent(control), "the rows of the failed transaction are not marked sent");
        assertEquals(4, pending(control), "nor parked");
        assertEquals(4, relay.relayControlBatch(), "they go out once the broker answers");
    }

    @Test
    void aLargeBacklogIsSentInBoundedTransactionsInOrder() throws Exception {
        relay = relay(2);
        String[] payloads = new String[20];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = "event-" + (100 + i);
        }
        write(control, payloads);

        assertEquals(2 * OutboxRelay.BATCHES_PER_TRANSACTION, relay.relayControlBatch());
        assertEquals(4, pending(control));
        assertEquals(4, relay.relayControlBatch());

        assertEquals(List.of(payloads), producers.broker.payloads());
    }

    @Test
    void anOutboxAnotherServerIsRelayingIsLeftToIt() throws Exception {
        write(control, "a");
        try (Connection other = control.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.CONTROL_OUTBOX_LOCK);
                lock.execute();
            }

            assertEquals(0, relay.relayControlBatch());
            assertTrue(producers.broker.history().isEmpty());

            other.commit();
        }
        assertEquals(1, relay.relayControlBatch(), "the lock ends with the other server's transaction");
    }

    @Test
    void rowsSentLongerAgoThanTheRetentionArePrunedAtMostOnceAMinute() throws Exception {
        write(control, "old", "recent");
        control.update("UPDATE outbox SET sent_at = now() - interval '8 days' WHERE payload = 'old'");
        control.update("UPDATE outbox SET sent_at = now() - interval '6 days' WHERE payload = 'recent'");
        write(control, "new");

        assertEquals(1, relay.relayControlBatch());
        assertEquals(0, control.number("SELECT count(*) FROM outbox WHERE payload = 'old'"));
        assertEquals(1, control.number("SELECT count(*) FROM outbox WHERE payload = 'recent'"));

        write(control, "old-again", "newer");
        control.update("UPDATE outbox SET sent_at = now() - interval '8 days' WHERE payload = 'old-again'");
        assertEquals(1, relay.relayControlBatch());
        assertEquals(
                1,
                control.number("SELECT count(*) FROM outbox WHERE payload = 'old-again'"),
                "not pruned again within the minute");
    }

    @Test
    void aTenantsOutboxIsDrainedAndItsSignalCleared() throws Exception {
        relay = relay(2);
        mark(TENANT);
        String[] payloads = new String[19];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = "tenant-event-" + (10 + i);
        }
        write(tenant, payloads);

        relay.relayTenant(TENANT);

        assertEquals(List.of(payloads), producers.broker.payloads());
        assertEquals(19, sent(tenant));
        assertEquals(0, signals(TENANT));
    }

    @Test
    void theRunningRelayWakesOnCommitsAndSweepsTheTenantsLeftMarked() throws Exception {
        relay.onStart(new Object());

        write(control, "control-1");
        relay.onCommitted(new Outbox.OutboxWritten());
        Await.until("the control event sent", Duration.ofSeconds(10), () -> sent(control) == 1);

        write(tenant, "tenant-1", "tenant-2");
        mark(TENANT);
        relay.onTenantEvents(new TenantEventsCommitted(Set.of(TENANT)));
        Await.until("the tenant's events sent", Duration.ofSeconds(10), () -> sent(tenant) == 2);
        Await.until("the tenant's signal cleared", Duration.ofSeconds(10), () -> signals(TENANT) == 0);

        mark(GONE_TENANT);
        mark(UNREACHABLE_TENANT);
        write(tenant, "tenant-3");
        mark(TENANT);
        Await.until("the sweep", Duration.ofSeconds(10), () -> signals(GONE_TENANT) == 0 && sent(tenant) == 3);

        assertEquals(List.of("control-1", "tenant-1", "tenant-2", "tenant-3"), producers.broker.payloads());
        assertEquals(1, signals(UNREACHABLE_TENANT), "an unreachable tenant is left for a later sweep");
        assertEquals(0, producers.resets.get());
    }

    @Test
    void aBrokerFailureResetsTheProducerAndTheRelayTriesAgain() throws Exception {
        write(control, "slow");
        producers.broker.timeoutsLeft.set(1);

        relay.onStart(new Object());
        relay.onCommitted(new Outbox.OutboxWritten());

        Await.until("the event sent after a retry", Duration.ofSeconds(15), () -> sent(control) == 1);
        assertEquals(1, producers.resets.get());
        assertEquals(List.of("slow"), producers.broker.payloads());
    }
}
