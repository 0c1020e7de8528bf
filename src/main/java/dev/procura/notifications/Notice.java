package dev.procura.notifications;

import dev.procura.platform.tenancy.TenantPeople.Person;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one event tells whom: the type, the members to tell, the template and its values, a link
 * (a path under the API, relative to the server) and the facts kept with each notification.
 */
public record Notice(
        NotificationType type,
        String template,
        List<Person> recipients,
        Map<String, String> values,
        String link,
        JsonObject data) {

    public List<UUID> recipientIds() {
        return recipients.stream().map(Person::userId).toList();
    }
}
