package dev.procura.notifications;

import dev.procura.notifications.NotificationViews.NotificationView;
import dev.procura.platform.persistence.ControlNotifications;
import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The event streams open on this server. A new notification is announced to every server through
 * PostgreSQL NOTIFY ({@code notification:<tenant>/<user>}); each server then sends its streams of
 * that member whatever they have not sent yet, read from the tenant database. The announcement is
 * only a hint: a lost one is made good by the next, or by the catch-up of every stream after the
 * listener reconnects ({@code *}).
 */
@ApplicationScoped
public class NotificationStreams {

    @Inject
    java.time.Clock clock;

    static final String TOPIC = "notification";
    private static final Logger LOG = Logger.getLogger(NotificationStreams.class.getName());
    private static final int BATCH = 100;

    private record Member(UUID tenantId, UUID userId) {}

    private final Map<Member, List<NotificationStream>> streams = new ConcurrentHashMap<>();

    @Inject
    TenantTransactions tenantData;

    @Inject
    NotificationRepository notifications;

    @Inject
    ControlNotifications announcements;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "procura.notifications.stream.heartbeat", defaultValue = "PT15S")
    Duration heartbeat;

    @Inject
    @ConfigProperty(name = "procura.notifications.stream.max-age", defaultValue = "PT15M")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "procura.notifications.stream.max-per-member", defaultValue = "5")
    int maxPerMember;

    private ScheduledFuture<?> heartbeats;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long every = Math.max(1, heartbeat.toMillis());
        heartbeats = scheduler.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (heartbeats != null) {
            heartbeats.cancel(false);
        }
        streams.values().forEach(list -> list.forEach(NotificationStream::close));
        streams.clear();
    }

    /**
     * Opens a member's stream: replays their notifications after {@code lastEventId} (without one,
     * only those created from now on are sent), then keeps it for live ones. Never throws: a stream
     * that cannot start is closed, and the client reconnects.
     */
    public void open(UUID tenantId, UUID userId, Long lastEventId, SseEventSink sink, Sse sse) {
        NotificationStream stream = null;
        try {
            long after = lastEventId != null
                    ? lastEventId
                    : tenantData.call(tenantId, tx -> notifications.lastSeq(tx.em(), userId));
            stream = new NotificationStream(tenantId, userId, after, sink, sse, clock);
            register(stream);
            stream.greet();
            catchUp(stream);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A notification stream of " + userId + " could not start", e);
            if (stream != null) {
                forget(stream);
            }
            NotificationStream.close(sink);
        }
    }

    /** Tells every server (this one too) that these members have new notifications in this tenant. */
    public void announce(UUID tenantId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        try {
            announcements.publishNow(
                    TOPIC, userIds.stream().map(u -> tenantId + "/" + u).toList());
        } catch (Exception e) {
            // Other servers' streams get them with the next announcement; this server's at once.
            LOG.log(Level.WARNING, "Could not announce new notifications; waking this server's streams only", e);
            userIds.forEach(userId -> wake(new Member(tenantId, userId)));
        }
    }

    void onAnnouncement(@Observes Invalidation invalidation) {
        if ("*".equals(invalidation.topic())) {
            streams.keySet().forEach(this::wake);
        } else if (TOPIC.equals(invalidation.topic())) {
            String[] ids = invalidation.key().split("/", -1);
            if (ids.length == 2) {
                try {
                    wake(new Member(UUID.fromString(ids[0]), UUID.fromString(ids[1])));
                } catch (IllegalArgumentException malformed) {
                    LOG.fine(() -> "Ignored a malformed notification announcement: " + invalidation.key());
                }
            }
        }
    }

    /** How many streams this server holds, for a gauge or a test. */
    public int openStreams() {
        return streams.values().stream().mapToInt(List::size).sum();
    }

    private void wake(Member member) {
        for (NotificationStream stream : streams.getOrDefault(member, List.of())) {
            if (stream.queueCatchUp()) {
                try {
                    executor.execute(() -> {
                        stream.catchUpStarted();
                        try {
                            catchUp(stream);
                        } catch (RuntimeException e) {
                            LOG.log(Level.FINE, "Stream of " + member.userId() + " closed while catching up", e);
                            forget(stream);
                        }
                    });
                } catch (RejectedExecutionException stopping) {
                    stream.catchUpStarted();
                }
            }
        }
    }

    /** Sends the stream everything after what it sent, in batches. */
    private void catchUp(NotificationStream stream) {
        while (stream.isOpen()) {
            List<NotificationView> next = tenantData.call(
                    stream.tenantId(),
                    tx -> notifications.after(tx.em(), stream.userId(), stream.lastSeq(), BATCH).stream()
                            .map(NotificationView::of)
                            .toList());
            stream.deliver(next);
            if (next.size() < BATCH) {
                return;
            }
        }
    }

    private void register(NotificationStream stream) {
        streams.compute(new Member(stream.tenantId(), stream.userId()), (member, list) -> {
            List<NotificationStream> ofMember = list == null ? new CopyOnWriteArrayList<>() : list;
            ofMember.add(stream);
            // A member with too many tabs open: the oldest stream gives way.
            while (ofMember.size() > maxPerMember) {
                ofMember.remove(0).close();
            }
            return ofMember;
        });
    }

    private void forget(NotificationStream stream) {
        stream.close();
        streams.computeIfPresent(new Member(stream.tenantId(), stream.userId()), (m, list) -> {
            list.remove(stream);
            return list.isEmpty() ? null : list;
        });
    }

    /** Keeps proxies from closing idle streams, finds dead clients, and ends streams past their age. */
    private void beat() {
        for (List<NotificationStream> list : streams.values()) {
            for (NotificationStream stream : list) {
                try {
                    if (!stream.isOpen() || stream.isOlderThan(maxAge)) {
                        forget(stream);
                    } else {
                        stream.heartbeat();
                    }
                } catch (RuntimeException gone) {
                    forget(stream);
                }
            }
        }
    }
}
