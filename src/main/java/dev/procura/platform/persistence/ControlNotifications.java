package dev.procura.platform.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Cache invalidation across servers through PostgreSQL LISTEN/NOTIFY on the control database.
 * {@link #publish} sends a notice inside the caller's transaction, so it goes out only if the
 * change commits; every server (this one included) receives it and fires a CDI
 * {@link Invalidation} event for the caches to observe.
 */
@ApplicationScoped
public class ControlNotifications {

    public static final String CHANNEL = "procura_cache";
    private static final Logger LOG = Logger.getLogger(ControlNotifications.class.getName());

    /** A cache entry others changed: {@code topic} names the cache, {@code key} the entry. */
    public record Invalidation(String topic, String key) {}

    @Inject
    DatabaseSettings settings;

    @Inject
    Event<Invalidation> invalidations;

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = "jdbc/control")
    DataSource control;

    private volatile boolean running = true;
    private Thread listener;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        listener = threads.newThread(this::listen);
        listener.setName("procura-control-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    /** Sends an invalidation with the transaction of {@code em} (a JTA-joined control EntityManager). */
    public static void publish(EntityManager em, String topic, String key) {
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, topic + ":" + key)
                .getSingleResult();
    }

    /**
     * Sends notices at once on a pooled connection of its own (autocommit), for changes that
     * committed elsewhere, e.g. in a tenant database. Call it outside any JTA transaction.
     */
    public void publishNow(String topic, Collection<String> keys) throws SQLException {
        try (Connection connection = control.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            for (String key : keys) {
                notify.setString(1, CHANNEL);
                notify.setString(2, topic + ":" + key);
                notify.execute();
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = settings.open(settings.url())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                // A reconnect may have missed notices: tell caches to drop everything.
                invalidations.fire(new Invalidation("*", "*"));
                while (running) {
                    PGNotification[] notices = pg.getNotifications(1000);
                    if (notices == null) {
                        continue;
                    }
                    for (PGNotification notice : notices) {
                        String payload = notice.getParameter();
                        int colon = payload.indexOf(':');
                        invalidations.fire(
                                colon < 0
                                        ? new Invalidation(payload, "*")
                                        : new Invalidation(payload.substring(0, colon), payload.substring(colon + 1)));
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.log(Level.WARNING, "Control database notifications lost; reconnecting in 2 s", e);
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }
}
