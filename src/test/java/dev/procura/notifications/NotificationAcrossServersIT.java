package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.EventStream;
import dev.procura.support.Notifications;
import dev.procura.support.SecondServer;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/** A client streaming from one server receives the notifications created on another. */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationAcrossServersIT {

    private static final Duration ARRIVES = Duration.ofSeconds(20);
    private SecondServer b;

    @BeforeAll
    void startSecondServer() throws Exception {
        b = SecondServer.start(5012);
    }

    @AfterAll
    void stopSecondServer() throws Exception {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aStreamOnBReceivesAMessageSentThroughA() throws Exception {
        Shop shop = Buying.shop("Across servers");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        try (EventStream onB =
                EventStream.open(Notifications.streamUrl(b.baseUrl(), shop.tenantId()), member.token(), null)) {
            assertEquals(200, onB.status());
            Notifications.send(shop.tenantId(), shop.token(), "Sent through A", member.id());
            EventStream.Event event = onB.next(ARRIVES);
            assertNotNull(event, "B's stream heard of A's notification");
            assertEquals("Sent through A", event.json().getString("title"));
        }
    }

    @Test
    void aStreamOnAReceivesANotificationAnEventConsumerWrote() throws Exception {
        Shop shop = Buying.shop("Across servers, events");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "requester");
        try (EventStream onA =
                EventStream.open(Notifications.streamUrl(Api.baseUrl(), shop.tenantId()), member.token(), null)) {
            // Written by B in the request; B's announcement reaches A through PostgreSQL NOTIFY.
            String title = "Through B " + UUID.randomUUID();
            Api.requestAt(b.baseUrl(), "POST", Tenants.path(shop.tenantId(), "/notifications/send"))
                    .token(shop.token())
                    .json(Notifications.message(title, "body", member.id()))
                    .send()
                    .expect(202);
            EventStream.Event event = onA.next(ARRIVES);
            assertNotNull(event, "A's stream heard of B's notification");
            assertEquals(title, event.json().getString("title"));
        }
        // A budget warning on B reaches the member's stream on A, whichever server consumed the event.
        UUID supplier = Buying.supplier(shop, "XS");
        Buying.costCentre(shop, "XS");
        Api.post(
                        shop.path("/budgets"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("cost_center", "XS")
                                .add(
                                        "period",
                                        String.valueOf(java.time.LocalDate.now(ZoneOffset.UTC)
                                                .getYear()))
                                .add("amount", 1)
                                .add("currency", "EUR")
                                .add("action_on_exceed", "warn")
                                .build())
                .expect(201);
        String order = Api.requestAt(b.baseUrl(), "POST", shop.path("/purchase-orders"))
                .token(member.token())
                .json(Json.createObjectBuilder()
                        .add("supplier_id", supplier.toString())
                        .add("currency", "EUR")
                        .add("cost_center", "XS")
                        .add("lines", Buying.lines(Buying.line("X", "1", "5", "0")))
                        .build())
                .send()
                .expect(201)
                .json()
                .getString("id");
        try (EventStream onA =
                EventStream.open(Notifications.streamUrl(Api.baseUrl(), shop.tenantId()), member.token(), null)) {
            Api.requestAt(b.baseUrl(), "POST", shop.path("/purchase-orders/" + order + "/submit"))
                    .token(member.token())
                    .send()
                    .expect(200);
            EventStream.Event event = onA.next(ARRIVES);
            assertNotNull(event, "the consumer's notification reached A's stream");
            assertEquals("budget_warning", event.json().getString("type"));
        }
    }
}
