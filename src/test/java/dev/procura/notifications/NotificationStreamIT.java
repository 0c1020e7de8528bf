package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.EventStream;
import dev.procura.support.Notifications;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** GET /notifications/stream: live Server-Sent Events, replay after Last-Event-ID, the same guards as the API. */
@MicroShedTest
class NotificationStreamIT {

    private static final Duration ARRIVES = Duration.ofSeconds(15);

    private static EventStream open(Shop shop, String token, String lastEventId) {
        return EventStream.open(Notifications.streamUrl(Api.baseUrl(), shop.tenantId()), token, lastEventId);
    }

    @Test
    void aClientReceivesANotificationCreatedAfterItConnected() throws Exception {
        Shop shop = Buying.shop("Streaming");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        Notifications.send(shop.tenantId(), shop.token(), "Before connecting", member.id());
        try (EventStream stream = open(shop, member.token(), null)) {
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
            Notifications.send(shop.tenantId(), shop.token(), "While connected", member.id());

            EventStream.Event event = stream.next(ARRIVES);
            assertNotNull(event, "no event arrived");
            assertEquals("notification", event.name());
            JsonObject notification = event.json();
            assertEquals(
                    "While connected", notification.getString("title"), "without Last-Event-ID only new ones come");
            assertEquals("message", notification.getString("type"));
            assertEquals(String.valueOf(notification.getJsonNumber("seq").longValue()), event.id());
            JsonObject listed =
                    Notifications.of(shop.tenantId(), member.token(), false).get(0);
            assertEquals(listed.getString("id"), notification.getString("id"));
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysWhatWasMissedInOrder() throws Exception {
        Shop shop = Buying.shop("Replaying");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "requester");
        String lastSeen;
        try (EventStream stream = open(shop, member.token(), null)) {
            Notifications.send(shop.tenantId(), shop.token(), "One", member.id());
            EventStream.Event one = stream.next(ARRIVES);
            assertNotNull(one);
            assertEquals("One", one.json().getString("title"));
            lastSeen = one.id();
        }
        Notifications.send(shop.tenantId(), shop.token(), "Two", member.id());
        Notifications.send(shop.tenantId(), shop.token(), "Three", member.id());

        try (EventStream stream = open(shop, member.token(), lastSeen)) {
            EventStream.Event two = stream.next(ARRIVES);
            EventStream.Event three = stream.next(ARRIVES);
            assertNotNull(three, "both missed notifications are replayed");
            assertEquals(
                    List.of("Two", "Three"),
                    List.of(two.json().getString("title"), three.json().getString("title")));
            assertTrue(Long.parseLong(lastSeen) < Long.parseLong(two.id()));
            assertTrue(Long.parseLong(two.id()) < Long.parseLong(three.id()));

            Notifications.send(shop.tenantId(), shop.token(), "Four", member.id());
            EventStream.Event four = stream.next(ARRIVES);
            assertEquals("Four", four.json().getString("title"), "then it goes on live");
            assertNull(stream.next(Duration.ofSeconds(1)), "nothing twice");
        }
        try (EventStream fromStart = open(shop, member.token(), "0")) {
            assertEquals(
                    "One", fromStart.next(ARRIVES).json().getString("title"), "Last-Event-ID 0 replays everything");
        }
    }

    @Test
    void eachMemberStreamsOnlyTheirOwn() throws Exception {
        Shop shop = Buying.shop("Own streams");
        Member ana = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        Member bruno = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        try (EventStream anas = open(shop, ana.token(), null);
                EventStream brunos = open(shop, bruno.token(), null)) {
            Notifications.send(shop.tenantId(), shop.token(), "For Bruno", bruno.id());
            assertEquals("For Bruno", brunos.next(ARRIVES).json().getString("title"));
            assertNull(anas.next(Duration.ofSeconds(2)));
        }
    }

    @Test
    void theStreamNeedsATokenAndMembership() throws Exception {
        Shop shop = Buying.shop("Guarded stream");
        Member stranger = Tenants.signedIn();
        try (EventStream anonymous = open(shop, null, null)) {
            anonymous.refusal().expectProblem(401, "unauthenticated");
        }
        try (EventStream outsider = open(shop, stranger.token(), null)) {
            outsider.refusal().expectProblem(404, "not-found");
        }
        try (EventStream notAnId = open(shop, shop.token(), "not-a-number")) {
            assertEquals(200, notAnId.status(), "an id the server never gave is ignored");
        }
    }
}
