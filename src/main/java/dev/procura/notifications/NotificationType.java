package dev.procura.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a notification is about; members choose per type and channel whether they get it. */
public enum NotificationType {
    APPROVAL_REQUEST,
    APPROVED,
    REJECTED,
    ESCALATED,
    SLA_BREACH,
    BUDGET_WARNING,
    STATUS_UPDATE,
    DOWNLOAD_READY,
    LIMIT_WARNING,
    TRIAL,
    MESSAGE;

    /** The name in JSON and in the database, e.g. {@code approval_request}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NotificationType> of(String wireName) {
        return Arrays.stream(values())
                .filter(t -> t.wireName().equals(wireName))
                .findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(NotificationType::wireName).toList();
    }
}
