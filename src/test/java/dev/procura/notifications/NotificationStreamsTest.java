package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlNotifications;
import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import dev.procura.support.Await;
import dev.procura.support.DirectTenantTransactions;
import dev.procura.support.ManagedConcurrency;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The streams a server holds: each gets what its member has not seen, when any server announces
 * something new; dead, surplus and old streams are let go.
 */
class NotificationStreamsTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-05T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Each member's notifications by seq, as the tenant database would answer. */
    private static final class Stored extends NotificationRepository {
        final Map<UUID, List<Notification>> byUser = new ConcurrentHashMap<>();

        void add(UUID userId, long... seqs) {
            List<Notification> list = byUser.computeIfAbsent(userId, u -> new CopyOnWriteArrayList<>());
            LongStream.of(seqs).forEach(seq -> list.add(notification(userId, seq)));
        }

        @Override
        public List<Notification> after(EntityManager em, UUID userId, long seq, int max) {
            return byUser.getOrDefault(userId, List.of()).stream()
                    .filter(n -> n.seq() > seq)
                    .limit(max)
                    .toList();
        }

        @Override
        public long lastSeq(EntityManager em, UUID userId) {
            return byUser.getOrDefault(userId, List.of()).stream()
                    .mapToLong(Notification::seq)
                    .max()
                    .orElse(0);
        }
    }

    private static Notification notification(UUID userId, long seq) {
        UUID id = UUID.randomUUID();
        return new Notification() {
            @Override
            public UUID id() {
                return id;
            }

            @Override
            public long seq() {
                return seq;
            }

            @Override
            public UUID userId() {
                return userId;
            }

            @Override
            public String type() {
                return "message";
            }

            @Override
            public String title() {
                return "Title " + seq;
            }

            @Override
            public String body() {
                return "Body";
            }

            @Override
            public String data() {
                return "{\"event_type\":\"notification.requested\"}";
            }

            @Override
            public Instant createdAt() {
                return Instant.parse("2026-12-05T08:00:00Z");
            }
        };
    }

    private final MovableClock clock = new MovableClock();
    private final Stored stored = new Stored();
    private final DirectTenantTransactions tenantData = new DirectTenantTransactions();
    private final List<String> announced = new CopyOnWriteArrayList<>();
    private volatile boolean announcementsFail;
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(2);
    private final NotificationStreams streams = streams();

    private NotificationStreams streams() {
        NotificationStreams streams = new NotificationStreams();
        streams.clock = clock;
        streams.tenantData = tenantData;
        streams.notifications = stored;
        streams.announcements = new ControlNotifications() {
            @Override
            public void publishNow(String topic, Collection<String> keys) throws SQLException {
                if (announcementsFail) {
                    throw new SQLException("control database down");
                }
                keys.forEach(key -> announced.add(topic + ":" + key));
            }
        };
        streams.executor = ManagedConcurrency.executor(threads);
        streams.scheduler = ManagedConcurrency.executor(threads);
        streams.heartbeat = Duration.ofMillis(50);
        streams.maxAge = Duration.ofMinutes(15);
        streams.maxPerMember = 2;
        return streams;
    }

    @AfterEach
    void stop() {
        streams.stop();
        threads.shutdownNow();
    }

    private SseFakes.RecordingSink open(UUID userId, Long lastEventId) {
        SseFakes.RecordingSink sink = new SseFakes.RecordingSink();
        streams.open(TENANT, userId, lastEventId, sink, SseFakes.SSE);
        return sink;
    }

    /** What another server's NOTIFY becomes on this one. */
    private void noticeFor(UUID userId) {
        streams.onAnnouncement(new Invalidation(NotificationStreams.TOPIC, TENANT + "/" + userId));
    }

    @Test
    void withoutALastEventIdOnlyNotificationsFromNowOnAreSent() {
        stored.add(ANA, 1, 2, 3);
        SseFakes.RecordingSink sink = open(ANA, null);

        assertEquals("notifications of tenant " + TENANT, sink.sent.get(0).comment());
        assertEquals(List.of(), sink.ids());

        stored.add(ANA, 4);
        noticeFor(ANA);
        Await.until("seq 4 sent", PATIENCE, () -> sink.ids().equals(List.of("4")));
        assertEquals(1, streams.openStreams());
    }

    @Test
    void aReconnectingClientGetsEverythingItMissedInBatches() {
        stored.add(ANA, LongStream.rangeClosed(1, 250).toArray());

        SseFakes.RecordingSink sink = open(ANA, 20L);

        assertEquals(
                LongStream.rangeClosed(21, 250).mapToObj(Long::toString).toList(),
                sink.ids(),
                "in order, each once, past the batch size of a read");
    }

    @Test
    void anAnnouncementGoesToEveryServerAndWakesOnlyThatMembersStreams() {
        SseFakes.RecordingSink ana = open(ANA, 0L);
        SseFakes.RecordingSink ben = open(BEN, 0L);

        streams.announce(TENANT, List.of(ANA, BEN));
        streams.announce(TENANT, List.of());
        stored.add(ANA, 1);
        stored.add(BEN, 1);
        noticeFor(ANA);

        assertEquals(List.of("notification:" + TENANT + "/" + ANA, "notification:" + TENANT + "/" + BEN), announced);
        Await.until("Ana's notification sent", PATIENCE, () -> ana.ids().equals(List.of("1")));
        assertEquals(List.of(), ben.ids(), "Ben's stream waits for his own announcement");
    }

    @Test
    void whenAnnouncingFailsThisServersStreamsAreWokenDirectly() {
        SseFakes.RecordingSink sink = open(ANA, 0L);
        stored.add(ANA, 1, 2);
        announcementsFail = true;

        streams.announce(TENANT, List.of(ANA));

        Await.until("both sent", PATIENCE, () -> sink.ids().equals(List.of("1", "2")));
        assertTrue(announced.isEmpty());
    }

    @Test
    void afterTheListenerReconnectsEveryStreamCatchesUp() {
        SseFakes.RecordingSink ana = open(ANA, 0L);
        SseFakes.RecordingSink ben = open(BEN, 0L);
        stored.add(ANA, 7);
        stored.add(BEN, 9);

        streams.onAnnouncement(new Invalidation("*", "*"));

        Await.until(
                "both streams caught up",
                PATIENCE,
                () -> ana.ids().equals(List.of("7")) && ben.ids().equals(List.of("9")));
    }

    @Test
    void otherTopicsAndMalformedAnnouncementsWakeNoOne() throws InterruptedException {
        SseFakes.RecordingSink sink = open(ANA, 0L);
        stored.add(ANA, 1);

        streams.onAnnouncement(new Invalidation("user", ANA.toString()));
        streams.onAnnouncement(new Invalidation(NotificationStreams.TOPIC, TENANT.toString()));
        streams.onAnnouncement(new Invalidation(NotificationStreams.TOPIC, "tenant/" + ANA));
        streams.onAnnouncement(new Invalidation(NotificationStreams.TOPIC, TENANT + "/" + ANA + "/x"));
        Thread.sleep(200);

        assertEquals(List.of(), sink.ids());
        assertEquals(1, streams.openStreams());
    }

    @Test
    void aMemberWithTooManyStreamsLosesTheOldest() {
        SseFakes.RecordingSink first = open(ANA, 0L);
        SseFakes.RecordingSink second = open(ANA, 0L);
        SseFakes.RecordingSink third = open(ANA, 0L);
        open(BEN, 0L);

        assertTrue(first.closed);
        assertFalse(second.closed || third.closed);
        assertEquals(3, streams.openStreams());
    }

    @Test
    void aStreamThatCannotStartIsClosedAndForgotten() {
        SseFakes.RecordingSink deadOnArrival = new SseFakes.RecordingSink();
        deadOnArrival.failing = true;
        streams.open(TENANT, ANA, 0L, deadOnArrival, SseFakes.SSE);
        tenantData.failing(TENANT, new Failure.Unavailable("cannot be reached", Duration.ofSeconds(10)));
        SseFakes.RecordingSink unreachable = open(BEN, null);

        assertTrue(deadOnArrival.closed);
        assertTrue(unreachable.closed);
        assertEquals(0, streams.openStreams());
    }

    @Test
    void aStreamWhoseCatchUpFailsIsLetGo() {
        SseFakes.RecordingSink sink = open(ANA, 0L);
        tenantData.failing(TENANT, new Failure.Unavailable("cannot be reached", Duration.ofSeconds(10)));

        noticeFor(ANA);

        Await.until("the stream closed", PATIENCE, () -> sink.closed && streams.openStreams() == 0);
    }

    @Test
    void heartbeatsKeepStreamsAliveAndLetGoOfDeadAndOldOnes() {
        streams.onStart(new Object());
        SseFakes.RecordingSink alive = open(ANA, 0L);
        SseFakes.RecordingSink goesAway = open(BEN, 0L);

        Await.until(
                "a keep-alive", PATIENCE, () -> alive.sent.stream().anyMatch(s -> "keep-alive".equals(s.comment())));
        goesAway.failing = true;
        Await.until("the dead client let go", PATIENCE, () -> goesAway.closed && streams.openStreams() == 1);

        clock.now = clock.now.plus(Duration.ofMinutes(16));
        Await.until("the old stream ended", PATIENCE, () -> alive.closed && streams.openStreams() == 0);
    }

    @Test
    void aStreamClosedByItsClientIsForgottenAtTheNextBeat() {
        streams.onStart(new Object());
        SseFakes.RecordingSink sink = open(ANA, 0L);

        sink.closed = true;

        Await.until("forgotten", PATIENCE, () -> streams.openStreams() == 0);
    }

    @Test
    void stoppingClosesEveryStream() {
        SseFakes.RecordingSink ana = open(ANA, 0L);
        SseFakes.RecordingSink ben = open(BEN, 0L);

        streams.stop();

        assertTrue(ana.closed && ben.closed);
        assertEquals(0, streams.openStreams());
    }

    @Test
    void aWakeUpWhileTheServerStopsIsDropped() {
        SseFakes.RecordingSink sink = open(ANA, 0L);
        threads.shutdownNow();
        stored.add(ANA, 1);

        noticeFor(ANA);

        assertEquals(List.of(), sink.ids());
        assertFalse(sink.closed, "the stream stays until the server closes it");
    }
}
