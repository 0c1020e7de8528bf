package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Mailbox;
import dev.procura.support.Notifications;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Notifications from real events (a purchase order over a warning budget, events on the approval
 * topics), in the application and in the SMTP server's inbox; reading, history, preferences and
 * administrators' messages.
 */
@MicroShedTest
class NotificationsIT {

    private static final Duration CONSUMED = Duration.ofSeconds(30);

    private static String path(Shop shop, String rest) {
        return shop.path("/notifications" + rest);
    }

    private static void publish(String topic, JsonObject envelope) throws Exception {
        publish(topic, envelope.getString("event_id"), envelope);
    }

    /** With the key of an earlier message, so the consumer handles this one after it (one partition). */
    private static void publish(String topic, String key, JsonObject envelope) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, envelope.toString())).get();
        }
    }

    private static JsonObject envelope(UUID eventId, String type, UUID tenantId, UUID actor, JsonObject data) {
        return Json.createObjectBuilder()
                .add("event_id", eventId.toString())
                .add("event_type", type)
                .add("tenant_id", tenantId.toString())
                .add("user_id", actor.toString())
                .add("timestamp", Instant.now().toString())
                .add("data", data)
                .build();
    }

    @Test
    void anOrderOverAWarningBudgetNotifiesWhoeverSubmittedItInTheAppAndByEmail() throws Exception {
        Shop shop = Buying.shop("Notified budget");
        Buying.costCentre(shop, "MKT");
        Member requester = Tenants.join(shop.tenantId(), shop.token(), "requester");
        UUID supplier = Buying.supplier(shop, "NOTE");
        Api.post(
                        shop.path("/budgets"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("cost_center", "MKT")
                                .add(
                                        "period",
                                        String.valueOf(
                                                LocalDate.now(ZoneOffset.UTC).getYear()))
                                .add("amount", new BigDecimal("100"))
                                .add("currency", "EUR")
                                .add("action_on_exceed", "warn")
                                .build())
                .expect(201);
        JsonObject order = Api.post(
                        shop.path("/purchase-orders"),
                        requester.token(),
                        Json.createObjectBuilder()
                                .add("supplier_id", supplier.toString())
                                .add("currency", "EUR")
                                .add("cost_center", "MKT")
                                .add("lines", Buying.lines(Buying.line("SRV-1", "1", "150", "0")))
                                .build())
                .expect(201)
                .json();
        String number = order.getString("number");
        Api.post(shop.path("/purchase-orders/" + order.getString("id") + "/submit"), requester.token(), null)
                .expect(200);

        JsonObject notification = Notifications.await(
                shop.tenantId(), requester.token(), n -> "budget_warning".equals(n.getString("type")), CONSUMED);
        assertTrue(notification.getString("title").contains(number), notification.toString());
        assertTrue(notification.getString("body").contains("150.00 EUR"), notification.toString());
        assertFalse(notification.getBoolean("read"));
        assertEquals("budget.warning", notification.getJsonObject("data").getString("event_type"));
        assertEquals(number, notification.getJsonObject("data").getString("number"));
        assertEquals(
                Tenants.path(shop.tenantId(), "/purchase-orders/" + order.getString("id")),
                notification.getString("link"));

        JsonObject email = Mailbox.await(
                requester.account().email(), m -> Mailbox.subject(m).contains(number), CONSUMED);
        assertTrue(Mailbox.subject(email).startsWith("Budget warning"), Mailbox.subject(email));
        assertTrue(Mailbox.raw(email).contains(number), Mailbox.raw(email));
        assertTrue(Mailbox.raw(email).contains("MKT"), Mailbox.raw(email));

        // The administrator did not submit it: nothing for them. The requester's notification was
        // written in the same transaction as any other recipient's, so there is nothing to wait for.
        assertTrue(Notifications.of(shop.tenantId(), shop.token(), false).stream()
                .noneMatch(n -> "budget_warning".equals(n.getString("type"))));
    }

    @Test
    void anApprovalRequestReachesWhoDecidesAndARedeliveredEventNotifiesOnce() throws Exception {
        Shop shop = Buying.shop("Notified approval");
        Member approver = Tenants.join(shop.tenantId(), shop.token(), "approver");
        UUID stranger = Tenants.signedIn().id();
        UUID eventId = UUID.randomUUID();
        String reference = "PO-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject event = envelope(
                eventId,
                "approval.requested",
                shop.tenantId(),
                shop.admin().id(),
                Json.createObjectBuilder()
                        .add("approval_id", UUID.randomUUID().toString())
                        .add("document_type", "purchase_order")
                        .add("document_id", UUID.randomUUID().toString())
                        .add("reference", reference)
                        .add("level", 1)
                        .add("requested_by", shop.admin().id().toString())
                        .add(
                                "recipients",
                                Json.createArrayBuilder()
                                        .add(approver.id().toString())
                                        .add(stranger.toString()))
                        .add("due_at", Instant.now().plus(Duration.ofDays(2)).toString())
                        .build());
        publish("approval.requested", event);
        publish("approval.requested", event);

        JsonObject request = Notifications.await(
                shop.tenantId(), approver.token(), n -> "approval_request".equals(n.getString("type")), CONSUMED);
        assertEquals("Approval needed: purchase order " + reference, request.getString("title"));
        assertTrue(request.getString("body").contains("Please decide by"), request.getString("body"));
        Mailbox.await(approver.account().email(), m -> Mailbox.subject(m).contains(reference), CONSUMED);
        // A marker on the same partition, published after the duplicate: once both consumers have
        // handled it, they have handled the duplicate too.
        String marker = "PO-" + UUID.randomUUID().toString().substring(0, 8);
        publish(
                "approval.requested",
                eventId.toString(),
                envelope(
                        UUID.randomUUID(),
                        "approval.requested",
                        shop.tenantId(),
                        shop.admin().id(),
                        Json.createObjectBuilder()
                                .add("approval_id", UUID.randomUUID().toString())
                                .add("document_type", "purchase_order")
                                .add("document_id", UUID.randomUUID().toString())
                                .add("reference", marker)
                                .add("level", 1)
                                .add("requested_by", shop.admin().id().toString())
                                .add(
                                        "recipients",
                                        Json.createArrayBuilder()
                                                .add(approver.id().toString()))
                                .add(
                                        "due_at",
                                        Instant.now().plus(Duration.ofDays(2)).toString())
                                .build()));
        Notifications.await(
                shop.tenantId(), approver.token(), n -> n.getString("title").contains(marker), CONSUMED);
        Mailbox.await(approver.account().email(), m -> Mailbox.subject(m).contains(marker), CONSUMED);

        assertEquals(
                1,
                Notifications.of(shop.tenantId(), approver.token(), false).stream()
                        .filter(n -> n.getString("title").contains(reference))
                        .count(),
                "the same event twice notifies once");
        assertEquals(
                1,
                Mailbox.messages(approver.account().email()).stream()
                        .filter(m -> Mailbox.subject(m).contains(reference))
                        .count(),
                "and emails once");
        assertTrue(
                Notifications.of(shop.tenantId(), shop.token(), false).isEmpty(), "the requester is not an approver");
    }

    @Test
    void oneReadsNotificationsOneByOneOrAllAtOnceAndTheHistoryKeepsThem() throws InterruptedException {
        Shop shop = Buying.shop("Reading");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        Member other = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        for (String title : List.of("First", "Second", "Third")) {
            Notifications.send(shop.tenantId(), shop.token(), title, member.id());
        }
        List<JsonObject> unread = Notifications.of(shop.tenantId(), member.token(), true);
        assertEquals(
                List.of("Third", "Second", "First"),
                unread.stream().map(n -> n.getString("title")).toList(),
                "newest first");
        JsonObject page = Api.get(path(shop, "?unread=true&per_page=2"), member.token())
                .expect(200)
                .json();
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());

        String first = unread.get(2).getString("id");
        Api.post(path(shop, "/" + first + "/read"), other.token(), null).expectProblem(404, "not-found");
        Api.post(path(shop, "/" + UUID.randomUUID() + "/read"), member.token(), null)
                .expectProblem(404, "not-found");
        JsonObject read = Api.post(path(shop, "/" + first + "/read"), member.token(), null)
                .expect(200)
                .json();
        assertTrue(read.getBoolean("read"));
        String readAt = read.getString("read_at");
        assertEquals(
                readAt,
                Api.post(path(shop, "/" + first + "/read"), member.token(), null)
                        .expect(200)
                        .json()
                        .getString("read_at"),
                "reading again keeps the first time");
        assertEquals(2, Notifications.of(shop.tenantId(), member.token(), true).size());

        assertEquals(
                2,
                Api.post(path(shop, "/read-all"), member.token(), null)
                        .expect(200)
                        .json()
                        .getInt("marked"));
        assertEquals(
                0,
                Api.post(path(shop, "/read-all"), member.token(), null)
                        .expect(200)
                        .json()
                        .getInt("marked"));
        assertTrue(Notifications.of(shop.tenantId(), member.token(), true).isEmpty());

        JsonObject history = Api.get(path(shop, "/history?type=message"), member.token())
                .expect(200)
                .json();
        assertEquals(3, history.getInt("total"));
        assertTrue(history.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(n -> n.getBoolean("read")));
        assertEquals(
                0,
                Api.get(path(shop, "/history?type=budget_warning"), member.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(
                3,
                Api.get(path(shop, "/history?from=" + today + "&to=" + tomorrow), member.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(
                0,
                Api.get(path(shop, "/history?to=" + today), member.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(0, Notifications.of(shop.tenantId(), other.token(), false).size(), "each sees only their own");

        assertEquals(
                List.of("type"),
                Api.get(path(shop, "/history?type=birthday"), member.token()).fieldErrors());
        assertEquals(
                List.of("from"),
                Api.get(path(shop, "/history?from=yesterday"), member.token()).fieldErrors());
        assertEquals(
                List.of("to"),
                Api.get(path(shop, "/history?from=" + tomorrow + "&to=" + today), member.token())
                        .fieldErrors());
        assertEquals(
                List.of("per_page"),
                Api.get(path(shop, "?per_page=101"), member.token()).fieldErrors());
    }

    @Test
    void preferencesDecideWhatArrivesInTheAppAndByEmail() throws InterruptedException {
        Shop shop = Buying.shop("Preferences");
        Member quiet = Tenants.join(shop.tenantId(), shop.token(), "requester");
        Member noEmail = Tenants.join(shop.tenantId(), shop.token(), "requester");
        JsonObject defaults =
                Api.get(path(shop, "/preferences"), quiet.token()).expect(200).json();
        assertEquals(NotificationType.wireNames(), List.copyOf(defaults.keySet()));
        assertEquals(
                Json.createObjectBuilder()
                        .add("in_app", true)
                        .add("email", true)
                        .build(),
                defaults.getJsonObject("message"));

        JsonObject changed = Api.put(
                        path(shop, "/preferences"),
                        quiet.token(),
                        Json.createObjectBuilder()
                                .add("message", Json.createObjectBuilder().add("in_app", false))
                                .build())
                .expect(200)
                .json();
        assertEquals(
                Json.createObjectBuilder()
                        .add("in_app", false)
                        .add("email", true)
                        .build(),
                changed.getJsonObject("message"));
        assertEquals(
                changed,
                Api.get(path(shop, "/preferences"), quiet.token()).expect(200).json());
        Api.put(
                        path(shop, "/preferences"),
                        noEmail.token(),
                        Json.createObjectBuilder()
                                .add("message", Json.createObjectBuilder().add("email", false))
                                .build())
                .expect(200);

        String title = "Stocktake " + UUID.randomUUID();
        JsonObject sent = Notifications.send(shop.tenantId(), shop.token(), title, quiet.id(), noEmail.id());
        assertEquals(2, sent.getJsonArray("recipients").size());
        assertEquals(1, sent.getInt("in_app"));
        assertTrue(Notifications.of(shop.tenantId(), quiet.token(), false).isEmpty(), "in-app turned off: no row");
        assertEquals(
                title,
                Notifications.of(shop.tenantId(), noEmail.token(), false).get(0).getString("title"));

        Mailbox.await(quiet.account().email(), m -> Mailbox.subject(m).equals(title), CONSUMED);
        // A later message as a marker: the email consumer handles messages one after another, so
        // once the marker's email is there, the first message's recipients have all been handled.
        String marker = "Marker " + UUID.randomUUID();
        Notifications.send(shop.tenantId(), shop.token(), marker, quiet.id());
        Mailbox.await(quiet.account().email(), m -> Mailbox.subject(m).equals(marker), CONSUMED);
        assertTrue(
                Mailbox.messages(noEmail.account().email()).stream()
                        .noneMatch(m -> Mailbox.subject(m).equals(title)),
                "email turned off: no email");

        assertEquals(
                List.of("birthday"),
                Api.put(
                                path(shop, "/preferences"),
                                quiet.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "birthday",
                                                Json.createObjectBuilder().add("email", false))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("approved.sms"),
                Api.put(
                                path(shop, "/preferences"),
                                quiet.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "approved",
                                                Json.createObjectBuilder().add("sms", false))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("approved.email", "rejected"),
                Api.put(
                                path(shop, "/preferences"),
                                quiet.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "approved",
                                                Json.createObjectBuilder().add("email", "sometimes"))
                                        .add("rejected", false)
                                        .build())
                        .fieldErrors());
        assertEquals(
                changed,
                Api.get(path(shop, "/preferences"), quiet.token()).expect(200).json(),
                "a refused change changes nothing");
    }

    @Test
    void anAdministratorSendsToARoleOrToMembersAndTheMessageIsEmailedToo() throws InterruptedException {
        Shop shop = Buying.shop("Messages");
        Member approver1 = Tenants.join(shop.tenantId(), shop.token(), "approver");
        Member approver2 = Tenants.join(shop.tenantId(), shop.token(), "approver");
        Member requester = Tenants.join(shop.tenantId(), shop.token(), "requester");
        String title = "Year-end closing " + UUID.randomUUID();
        JsonObject sent = Api.post(
                        path(shop, "/send"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("role", "approver")
                                .add("title", title)
                                .add("body", "Decide every open approval by Friday.")
                                .add("link", "/api/v1/tenants/" + shop.tenantId() + "/purchase-orders")
                                .build())
                .expect(202)
                .json();
        assertEquals(2, sent.getJsonArray("recipients").size());
        assertEquals(2, sent.getInt("in_app"));
        for (Member approver : List.of(approver1, approver2)) {
            JsonObject message =
                    Notifications.of(shop.tenantId(), approver.token(), true).get(0);
            assertEquals("message", message.getString("type"));
            assertEquals(title, message.getString("title"));
            assertEquals("Decide every open approval by Friday.", message.getString("body"));
            assertEquals(
                    shop.admin().id().toString(), message.getJsonObject("data").getString("sent_by"));
        }
        assertTrue(Notifications.of(shop.tenantId(), requester.token(), false).isEmpty());
        JsonObject email = Mailbox.await(
                approver2.account().email(), m -> Mailbox.subject(m).equals(title), CONSUMED);
        assertTrue(Mailbox.raw(email).contains("Decide every open approval by Friday."), Mailbox.raw(email));

        Api.post(path(shop, "/send"), shop.token(), Notifications.message("Just you", "Hello", requester.id()))
                .expect(202);
        assertEquals(
                "Just you",
                Notifications.of(shop.tenantId(), requester.token(), false)
                        .get(0)
                        .getString("title"));
        // The in-app consumer sees the same event later and adds nothing.
        Mailbox.await(requester.account().email(), m -> Mailbox.subject(m).equals("Just you"), CONSUMED);
        assertEquals(
                1, Notifications.of(shop.tenantId(), requester.token(), false).size());
        assertEquals(
                1, Notifications.of(shop.tenantId(), approver1.token(), false).size());
    }

    @Test
    void aMessageNeedsExactlyOneAudienceOfMembersATitleAndABody() {
        Shop shop = Buying.shop("Message rules");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        UUID outsider = Tenants.signedIn().id();
        String send = path(shop, "/send");
        assertEquals(
                List.of("role"),
                Api.post(
                                send,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("role", "viewer")
                                        .add(
                                                "user_ids",
                                                Json.createArrayBuilder()
                                                        .add(member.id().toString()))
                                        .add("title", "t")
                                        .add("body", "b")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("user_ids"),
                Api.post(
                                send,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("title", "t")
                                        .add("body", "b")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("body", "title"),
                Api.post(
                                send,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("role", "viewer")
                                        .add("title", " ")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("user_ids"),
                Api.post(send, shop.token(), Notifications.message("t", "b", member.id(), outsider))
                        .fieldErrors());
        assertEquals(
                List.of("role"),
                Api.post(
                                send,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("role", "auditor")
                                        .add("title", "t")
                                        .add("body", "b")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("link"),
                Api.post(
                                send,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("role", "viewer")
                                        .add("title", "t")
                                        .add("body", "b")
                                        .add("link", "javascript:alert(1)")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("user_ids"),
                Api.post(
                                send,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("user_ids", Json.createArrayBuilder())
                                        .add("title", "t")
                                        .add("body", "b")
                                        .build())
                        .fieldErrors());
        Api.post(send, member.token(), Notifications.message("t", "b", member.id()))
                .expectProblem(403, "forbidden");
        assertTrue(Notifications.of(shop.tenantId(), member.token(), false).isEmpty(), "refused sends leave nothing");
    }
}
