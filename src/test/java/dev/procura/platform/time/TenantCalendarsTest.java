package dev.procura.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.persistence.ControlNotifications;
import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tenant zones kept per server, dropped when any server announces a change. */
class TenantCalendarsTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-04T23:30:00Z");
    private static final UUID LISBON = UUID.randomUUID();
    private static final UUID TOKYO = UUID.randomUUID();

    /** The tenants' zone settings; counts the reads. */
    private final Map<UUID, ZoneId> settings =
            new HashMap<>(Map.of(LISBON, ZoneId.of("Europe/Lisbon"), TOKYO, ZoneId.of("Asia/Tokyo")));

    private final List<UUID> reads = new ArrayList<>();
    private final List<String> published = new ArrayList<>();
    private boolean publishFails;

    /** Each tenant's "EntityManager" says which tenant it belongs to. */
    private static EntityManager dataOf(UUID tenantId) {
        return (EntityManager) Proxy.newProxyInstance(
                TenantCalendarsTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (p, m, a) -> "getProperties".equals(m.getName()) ? Map.of("tenant", tenantId) : null);
    }

    @SuppressWarnings("unchecked")
    private static <T> Instance<T> instance(T bean) {
        return (Instance<T>) Proxy.newProxyInstance(
                TenantCalendarsTest.class.getClassLoader(),
                new Class<?>[] {Instance.class},
                (p, m, a) -> switch (m.getName()) {
                    case "isResolvable" -> bean != null;
                    case "get" -> bean;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private TenantCalendars calendars(boolean withZones) {
        TenantCalendars calendars = new TenantCalendars();
        calendars.clock = Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC);
        calendars.zones = instance(
                withZones
                        ? (TenantZones) em -> {
                            UUID tenant = (UUID) em.getProperties().get("tenant");
                            reads.add(tenant);
                            return settings.get(tenant);
                        }
                        : null);
        calendars.notifications = new ControlNotifications() {
            @Override
            public void publishNow(String topic, Collection<String> keys) throws SQLException {
                if (publishFails) {
                    throw new SQLException("control database down");
                }
                keys.forEach(key -> published.add(topic + ":" + key));
            }
        };
        return calendars;
    }

    @Test
    void eachTenantsTodayIsInItsOwnZoneAndTheZoneIsReadOnce() {
        TenantCalendars calendars = calendars(true);

        TenantCalendar lisbon = calendars.of(LISBON, dataOf(LISBON));
        TenantCalendar tokyo = calendars.of(TOKYO, dataOf(TOKYO));
        calendars.of(LISBON, dataOf(LISBON));

        assertEquals(LocalDate.parse("2026-12-04"), lisbon.today());
        assertEquals(LocalDate.parse("2026-12-05"), tokyo.today());
        assertEquals(LATE_EVENING_UTC, tokyo.now());
        assertEquals(List.of(LISBON, TOKYO), reads, "the second Lisbon calendar comes from the kept zone");
    }

    @Test
    void withoutTheTenantsCapabilityEveryTenantIsOnUtc() {
        TenantCalendar calendar = calendars(false).of(TOKYO, dataOf(TOKYO));

        assertEquals(ZoneOffset.UTC, calendar.zone());
        assertEquals(LocalDate.parse("2026-12-04"), calendar.today());
    }

    @Test
    void aChangeAnnouncedHereIsReadAfreshAndToldToEveryServer() {
        TenantCalendars calendars = calendars(true);
        calendars.of(LISBON, dataOf(LISBON));
        settings.put(LISBON, ZoneId.of("Pacific/Kiritimati"));

        calendars.announceZoneChanged(LISBON);

        assertEquals(List.of("tenant-zone:" + LISBON), published);
        assertEquals(
                LocalDate.parse("2026-12-05"),
                calendars.of(LISBON, dataOf(LISBON)).today());
        assertEquals(List.of(LISBON, LISBON), reads);
    }

    @Test
    void aChangeThatCannotBeAnnouncedIsStillSeenHere() {
        TenantCalendars calendars = calendars(true);
        calendars.of(LISBON, dataOf(LISBON));
        settings.put(LISBON, ZoneId.of("Asia/Tokyo"));
        publishFails = true;

        calendars.announceZoneChanged(LISBON);

        assertTrue(published.isEmpty());
        assertEquals(
                ZoneId.of("Asia/Tokyo"), calendars.of(LISBON, dataOf(LISBON)).zone());
    }

    @Test
    void anotherServersAnnouncementDropsThatTenantsZoneOnlyAndAReconnectDropsAll() {
        TenantCalendars calendars = calendars(true);
        calendars.of(LISBON, dataOf(LISBON));
        calendars.of(TOKYO, dataOf(TOKYO));

        calendars.onInvalidation(new Invalidation("tenant-zone", LISBON.toString()));
        calendars.onInvalidation(new Invalidation("user", TOKYO.toString()));
        calendars.of(LISBON, dataOf(LISBON));
        calendars.of(TOKYO, dataOf(TOKYO));
        assertEquals(List.of(LISBON, TOKYO, LISBON), reads, "only Lisbon's zone is read again");

        calendars.onInvalidation(new Invalidation("*", "*"));
        calendars.of(LISBON, dataOf(LISBON));
        calendars.of(TOKYO, dataOf(TOKYO));
        assertEquals(List.of(LISBON, TOKYO, LISBON, LISBON, TOKYO), reads);
    }
}
