package dev.procura.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import dev.procura.support.Await;
import dev.procura.support.ManagedConcurrency;
import dev.procura.support.ThrowawayDatabase;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cache invalidation through LISTEN/NOTIFY, on a throwaway database of the local PostgreSQL
 * (notices do not leave their database, so no running server hears these).
 */
class ControlNotificationsTest {

    private static ThrowawayDatabase database;

    private final List<Invalidation> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private ControlNotifications notifications;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = ThrowawayDatabase.create("control_notifications");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (notifications != null) {
            notifications.stop();
        }
        for (Thread thread : threads) {
            thread.join(5000);
            assertFalse(thread.isAlive(), "the listener ends when the application stops");
        }
    }

    @SuppressWarnings("unchecked")
    private Event<Invalidation> recorder() {
        return (Event<Invalidation>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Event.class}, (p, m, a) -> {
                    if (!"fire".equals(m.getName())) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    received.add((Invalidation) a[0]);
                    return null;
                });
    }

    private ManagedThreadFactory recordingThreads() {
        ManagedThreadFactory plain = ManagedConcurrency.threads();
        return new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable work) {
                Thread thread = plain.newThread(work);
                threads.add(thread);
                return thread;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                return plain.newThread(pool);
            }
        };
    }

    private ControlNotifications started() {
        notifications = new ControlNotifications();
        notifications.settings = DatabaseSettings.of(database.url(), "postgres", null, "disable", null);
        notifications.invalidations = recorder();
        notifications.threads = recordingThreads();
        notifications.control = database.dataSource();
        notifications.onStart(new Object());
        Await.until("the listener connected", Duration.ofSeconds(10), () -> received.size() == 1);
        return notifications;
    }

    @Test
    void aListenerThatConnectsTellsCachesToDropEverythingThenPassesOnEachNotice() throws Exception {
        ControlNotifications notifications = started();

        notifications.publishNow("tenant-zone", List.of("t-1", "t-2"));
        database.execute("SELECT pg_notify(?, ?)", ControlNotifications.CHANNEL, "roles");
        database.execute("SELECT pg_notify('elsewhere', 'user:x')");
        database.execute("SELECT pg_notify(?, ?)", ControlNotifications.CHANNEL, "notification:a/b:c");

        Await.until("five invalidations", Duration.ofSeconds(10), () -> received.size() == 5);
        assertEquals(
                List.of(
                        new Invalidation("*", "*"),
                        new Invalidation("tenant-zone", "t-1"),
                        new Invalidation("tenant-zone", "t-2"),
                        new Invalidation("roles", "*"),
                        new Invalidation("notification", "a/b:c")),
                received,
                "a notice without a colon drops the whole cache; the key is what follows the first colon");
    }

    @Test
    void aLostConnectionIsReopenedAndCachesDropEverythingAgain() throws Exception {
        ControlNotifications notifications = started();

        database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
        Await.until("the listener reconnected", Duration.ofSeconds(15), () -> received.size() == 2);
        notifications.publishNow("user", List.of("u-1"));

        Await.until("the notice after the reconnect", Duration.ofSeconds(10), () -> received.size() == 3);
        assertEquals(
                List.of(new Invalidation("*", "*"), new Invalidation("*", "*"), new Invalidation("user", "u-1")),
                received);
    }

    @Test
    void aNoticeInATransactionCarriesTopicAndKey() {
        List<Object> sent = new ArrayList<>();
        Query query =
                (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Query.class}, (p, m, a) -> {
                    if ("setParameter".equals(m.getName())) {
                        sent.add(a[1]);
                    }
                    return "getSingleResult".equals(m.getName()) ? "" : p;
                });
        EntityManager em = (EntityManager)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (p, m, a) -> {
                    sent.add(a[0]);
                    return query;
                });

        ControlNotifications.publish(em, "roles", "tenant-1");

        assertEquals(List.of("SELECT pg_notify(?1, ?2)", ControlNotifications.CHANNEL, "roles:tenant-1"), sent);
    }
}
