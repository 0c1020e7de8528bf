package dev.procura.notifications;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's choices of what reaches them how. Every type and channel is on until the member
 * turns it off; only the choices they made are stored.
 */
public final class NotificationPreferences {

    /** One stored choice. */
    public record Choice(NotificationType type, Channel channel, boolean enabled) {}

    private final Map<NotificationType, Map<Channel, Boolean>> choices = new EnumMap<>(NotificationType.class);

    public NotificationPreferences(List<Choice> stored) {
        stored.forEach(c -> choices.computeIfAbsent(c.type(), t -> new EnumMap<>(Channel.class))
                .put(c.channel(), c.enabled()));
    }

    public boolean isEnabled(NotificationType type, Channel channel) {
        return choices.getOrDefault(type, Map.of()).getOrDefault(channel, true);
    }

    /** Every type with both channels, as the API shows them: {@code {type: {in_app: true, email: false}}}. */
    public Map<String, Map<String, Boolean>> matrix() {
        Map<String, Map<String, Boolean>> matrix = new LinkedHashMap<>();
        for (NotificationType type : NotificationType.values()) {
            Map<String, Boolean> channels = new LinkedHashMap<>();
            for (Channel channel : Channel.values()) {
                channels.put(channel.wireName(), isEnabled(type, channel));
            }
            matrix.put(type.wireName(), channels);
        }
        return matrix;
    }

    /**
     * The choices a request body makes ({@code {type: {channel: bool}}}, any subset), or a 400
     * naming every unknown type, unknown channel and value that is not a JSON boolean.
     */
    public static List<Choice> changes(JsonObject body) {
        List<Choice> changes = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        body.forEach((typeName, channels) -> {
            var type = NotificationType.of(typeName);
            if (type.isEmpty()) {
                errors.add(
                        new FieldError(typeName, "is not a notification type; known: " + NotificationType.wireNames()));
            } else if (!(channels instanceof JsonObject byChannel)) {
                errors.add(new FieldError(typeName, "must be an object of channels, e.g. {\"email\": false}"));
            } else {
                byChannel.forEach((channelName, enabled) -> {
                    var channel = Channel.of(channelName);
                    if (channel.isEmpty()) {
                        errors.add(new FieldError(
                                typeName + "." + channelName, "is not a channel; known: [in_app, email]"));
                    } else if (enabled != JsonValue.TRUE && enabled != JsonValue.FALSE) {
                        errors.add(new FieldError(typeName + "." + channelName, "must be true or false"));
                    } else {
                        changes.add(new Choice(type.get(), channel.get(), enabled == JsonValue.TRUE));
                    }
                });
            }
        });
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return changes;
    }
}
