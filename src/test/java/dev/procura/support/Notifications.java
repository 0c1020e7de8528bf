package dev.procura.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The notifications API as a member sees it, for tests. */
public final class Notifications {

    private Notifications() {}

    /** The member's notifications (newest first), up to 100. */
    public static List<JsonObject> of(UUID tenantId, String token, boolean unreadOnly) {
        return Api.get(
                        Tenants.path(tenantId, "/notifications?per_page=100" + (unreadOnly ? "&unread=true" : "")),
                        token)
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** Waits up to {@code wait} for a notification that matches (they are written by an event consumer). */
    public static JsonObject await(UUID tenantId, String token, Predicate<JsonObject> matching, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            for (JsonObject notification : of(tenantId, token, false)) {
                if (matching.test(notification)) {
                    return notification;
                }
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No matching notification within " + wait + "; have: " + of(tenantId, token, false));
    }

    public static JsonObject message(String title, String body, UUID... userIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (UUID id : userIds) {
            ids.add(id.toString());
        }
        return Json.createObjectBuilder()
                .add("user_ids", ids)
                .add("title", title)
                .add("body", body)
                .build();
    }

    /** An administrator's message to these members (202). */
    public static JsonObject send(UUID tenantId, String adminToken, String title, UUID... userIds) {
        return Api.post(
                        Tenants.path(tenantId, "/notifications/send"),
                        adminToken,
                        message(title, "Body of " + title, userIds))
                .expect(202)
                .json();
    }

    public static String streamUrl(String baseUrl, UUID tenantId) {
        return baseUrl + Tenants.path(tenantId, "/notifications/stream");
    }
}
