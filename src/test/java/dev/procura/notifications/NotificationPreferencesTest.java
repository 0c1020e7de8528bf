package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.notifications.NotificationPreferences.Choice;
import dev.procura.platform.web.FieldError;
import dev.procura.platform.web.ProblemException;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        Map<String, Map<String, Boolean>> body = new LinkedHashMap<>();
        body.put("approval_request", Map.of("email", false));
        body.put("message", new LinkedHashMap<>(Map.of("in_app", true)));
        assertEquals(List.of(new Choice(NotificationType.APPROVAL_REQUEST, Channel.EMAIL, false),
                new Choice(NotificationType.MESSAGE, Channel.IN_APP, true)), NotificationPreferences.changes(body));
        assertEquals(List.of(), NotificationPreferences.changes(Map.of()));
    }

    @Test
    void unknownTypesAndChannelsAndMissingValuesAreNamed() {
        Map<String, Map<String, Boolean>> body = new LinkedHashMap<>();
        body.put("birthday", Map.of("email", true));
        Map<String, Boolean> channels = new LinkedHashMap<>();
        channels.put("sms", true);
        channels.put("email", null);
        body.put("approved", channels);
        body.put("rejected", null);
        ProblemException.InvalidInput refused = assertThrows(ProblemException.InvalidInput.class,
                () -> NotificationPreferences.changes(body));
        List<String> fields = refused.problem().errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("birthday", "approved.sms", "approved.email", "rejected"), fields);
    }

    @Test
    void nothingIsChangedWhenAnyPartIsWrong() {
        Map<String, Map<String, Boolean>> body = new HashMap<>();
        body.put("approved", Map.of("email", false));
        body.put("unknown", Map.of("email", false));
        assertThrows(ProblemException.InvalidInput.class, () -> NotificationPreferences.changes(body));
    }
}
