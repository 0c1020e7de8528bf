package dev.procura.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The stored choices of notification_preferences. */
@ApplicationScoped
public class PreferenceRepository {

    @Inject
    Clock clock;

    /** A member who turned a type off on a channel. */
    public record OptOut(UUID userId, NotificationType type) {}

    public NotificationPreferences of(EntityManager em, UUID userId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT type, channel, enabled FROM notification_preferences WHERE user_id = ?1")
                .setParameter(1, userId)
                .getResultList();
        return new NotificationPreferences(rows.stream()
                .map(r -> (Object[]) r)
                .flatMap(r -> NotificationType.of((String) r[0]).stream()
                        .flatMap(type -> Channel.of((String) r[1]).stream()
                                .map(channel -> new NotificationPreferences.Choice(type, channel, (Boolean) r[2]))))
                .toList());
    }

    /** Of these members, who turned which type off on this channel. */
    public Set<OptOut> optOuts(EntityManager em, Collection<UUID> userIds, Channel channel) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT CAST(user_id AS VARCHAR), type FROM notification_preferences"
                        + " WHERE user_id = ANY (CAST(?1 AS UUID[])) AND channel = ?2 AND NOT enabled")
                .setParameter(
                        1,
                        "{"
                                + String.join(
                                        ",",
                                        userIds.stream().map(UUID::toString).toList()) + "}")
                .setParameter(2, channel.wireName())
                .getResultList();
        Set<OptOut> optOuts = new HashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            NotificationType.of((String) columns[1])
                    .ifPresent(type -> optOuts.add(new OptOut(UUID.fromString((String) columns[0]), type)));
        }
        return optOuts;
    }

    public void save(EntityManager em, UUID userId, List<NotificationPreferences.Choice> choices) {
        Timestamp now = Timestamp.from(clock.instant());
        for (NotificationPreferences.Choice choice : choices) {
            em.createNativeQuery("INSERT INTO notification_preferences (user_id, type, channel, enabled, updated_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (user_id, type, channel)"
                            + " DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at")
                    .setParameter(1, userId)
                    .setParameter(2, choice.type().wireName())
                    .setParameter(3, choice.channel().wireName())
                    .setParameter(4, choice.enabled())
                    .setParameter(5, now)
                    .executeUpdate();
        }
    }
}
