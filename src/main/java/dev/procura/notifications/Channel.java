package dev.procura.notifications;

import java.util.Arrays;
import java.util.Optional;

/** How a notification reaches a member: in the application (list and stream) or by email. */
public enum Channel {
    IN_APP("in_app"),
    EMAIL("email");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Channel> of(String wireName) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(wireName)).findFirst();
    }
}
