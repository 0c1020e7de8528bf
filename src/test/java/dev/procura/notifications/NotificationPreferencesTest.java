package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.notifications.NotificationPreferences.Choice;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.web.FailureMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything is on until a member turns it off; a request may change any subset, and nothing unknown. */
class NotificationPreferencesTest {

    @Test
    void everyTypeAndChannelIsOnByDefault() {
        NotificationPreferences none = new NotificationPreferences(List.of());
        for (NotificationType type : NotificationType.values()) {
            for (Channel channel : Channel.values()) {
                assertTrue(none.isEnabled(type, channel), type + " " + channel);
            }
        }
        Map<String, Map<String, Boolean>> matrix = none.matrix();
        assertEquals(NotificationType.wireNames(), List.copyOf(matrix.keySet()));
        assertEquals(Map.of("in_app", true, "email", true), matrix.get("budget_warning"));
    }

    @Test
    void storedChoicesTurnOneChannelOfOneTypeOff() {
        NotificationPreferences prefs = new NotificationPreferences(List.of(
                new Choice(NotificationType.STATUS_UPDATE, Channel.EMAIL, false),
                new Choice(NotificationType.BUDGET_WARNING, Channel.IN_APP, false),
                new Choice(NotificationType.BUDGET_WARNING, Channel.EMAIL, true)));
        assertFalse(prefs.isEnabled(NotificationType.STATUS_UPDATE, Channel.EMAIL));
        assertTrue(prefs.isEnabled(NotificationType.STATUS_UPDATE, Channel.IN_APP));
        assertFalse(prefs.isEnabled(NotificationType.BUDGET_WARNING, Channel.IN_APP));
        assertTrue(prefs.isEnabled(NotificationType.BUDGET_WARNING, Channel.EMAIL));
        assertEquals(Map.of("in_app", true, "email", false), prefs.matrix().get("status_update"));
    }

    @Test
    void aRequestMayChangeAnySubset() {
        JsonObject body = Json.createObjectBuilder()
                .add("approval_request", Json.createObjectBuilder().add("email", false))
                .add("message", Json.createObjectBuilder().add("in_app", true))
                .build();
        assertEquals(
                List.of(
                        new Choice(NotificationType.APPROVAL_REQUEST, Channel.EMAIL, false),
                        new Choice(NotificationType.MESSAGE, Channel.IN_APP, true)),
                NotificationPreferences.changes(body));
        assertEquals(List.of(), NotificationPreferences.changes(JsonValue.EMPTY_JSON_OBJECT));
    }

    @Test
    void unknownTypesAndChannelsAndNonBooleansAreNamed() {
        JsonObject body = Json.createObjectBuilder()
                .add("birthday", Json.createObjectBuilder().add("email", true))
                .add(
                        "approved",
                        Json.createObjectBuilder()
                                .add("sms", true)
                                .add("email", "false")
                                .add("in_app", 1))
                .add("rejected", JsonValue.NULL)
                .add("escalated", true)
                .build();
        Failure.InvalidInput refused =
                assertThrows(Failure.InvalidInput.class, () -> NotificationPreferences.changes(body));
        List<String> fields = FailureMapper.problemOf(refused).errors().stream()
                .map(FieldError::field)
                .toList();
        assertEquals(
                List.of("birthday", "approved.sms", "approved.email", "approved.in_app", "rejected", "escalated"),
                fields);
    }

    @Test
    void nothingIsChangedWhenAnyPartIsWrong() {
        JsonObject body = Json.createObjectBuilder()
                .add("approved", Json.createObjectBuilder().add("email", false))
                .add("unknown", Json.createObjectBuilder().add("email", false))
                .build();
        assertThrows(Failure.InvalidInput.class, () -> NotificationPreferences.changes(body));
    }
}
