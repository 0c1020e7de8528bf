package dev.procura.notifications;

import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantPeople.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an event means for whom, for both consumers (in-app and email): looks up the members the
 * event names and applies the mapping of {@link EventNotifications}. Events older than
 * {@code procura.notifications.max-event-age} tell no one: when the consumers first start they
 * read the topics from the earliest retained event, and old news is noise.
 */
@ApplicationScoped
public class NotificationPlanner {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class.getName());

    @Inject
    TenantPeople people;

    @Inject
    @ConfigProperty(name = "procura.notifications.max-event-age", defaultValue = "P1D")
    Duration maxEventAge;

    public List<Notice> plan(JsonObject event) {
        if (isStale(event)) {
            LOG.fine(() -> "Too old to notify anyone: " + event.getString("event_type", "") + " "
                    + event.getString("event_id", ""));
            return List.of();
        }
        UUID tenantId = UUID.fromString(event.getString("tenant_id"));
        Set<UUID> named = EventNotifications.peopleIn(event);
        Map<UUID, Person> members = named.isEmpty()
                ? Map.of()
                : people.members(tenantId, named).stream()
                        .collect(Collectors.toMap(Person::userId, Function.identity(), (a, b) -> a));
        return EventNotifications.plan(event, members);
    }

    private boolean isStale(JsonObject event) {
        try {
            return Instant.parse(event.getString("timestamp", ""))
                    .isBefore(clock.instant().minus(maxEventAge));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
