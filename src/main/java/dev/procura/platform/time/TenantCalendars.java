package dev.procura.platform.time;

import dev.procura.platform.persistence.ControlNotifications;
import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each tenant's calendar, its zone kept per server for a while so that a transaction does not
 * read the settings for it. A change of the setting is announced to every server
 * ({@link #announceZoneChanged}), which drop their copy.
 */
@ApplicationScoped
public class TenantCalendars {

    static final String TOPIC = "tenant-zone";
    private static final Logger LOG = Logger.getLogger(TenantCalendars.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(10);

    private record Kept(ZoneId zone, long freshUntilNanos) {}

    @Inject
    Clock clock;

    @Inject
    Instance<TenantZones> zones;

    @Inject
    ControlNotifications notifications;

    private final ConcurrentHashMap<UUID, Kept> kept = new ConcurrentHashMap<>();

    /** The tenant's calendar; {@code tenantData} is the tenant's open EntityManager, read only on a miss. */
    public TenantCalendar of(UUID tenantId, EntityManager tenantData) {
        Kept known = kept.get(tenantId);
        if (known != null && known.freshUntilNanos() - System.nanoTime() > 0) {
            return new TenantCalendar(clock, known.zone());
        }
        ZoneId zone = zones.isResolvable() ? zones.get().zoneOf(tenantData) : ZoneOffset.UTC;
        kept.put(tenantId, new Kept(zone, System.nanoTime() + KEEP.toNanos()));
        return new TenantCalendar(clock, zone);
    }

    /** After a committed change of the tenant's time zone: every server reads it afresh. */
    public void announceZoneChanged(UUID tenantId) {
        kept.remove(tenantId);
        try {
            notifications.publishNow(TOPIC, List.of(tenantId.toString()));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Other servers keep the old time zone of " + tenantId + " for up to " + KEEP, e);
        }
    }

    void onInvalidation(@Observes Invalidation invalidation) {
        if ("*".equals(invalidation.topic())) {
            kept.clear();
        } else if (TOPIC.equals(invalidation.topic())) {
            kept.remove(UUID.fromString(invalidation.key()));
        }
    }
}
