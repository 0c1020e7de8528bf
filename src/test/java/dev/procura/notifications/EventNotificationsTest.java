package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.tenancy.TenantPeople.Person;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The mapping table: which event tells whom what, and only members. */
class EventNotificationsTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final Person ANA = person("Ana Silva", "requester");
    private static final Person BRUNO = person("Bruno Costa", "approver");
    private static final Person CARLA = person("Carla Dias", "approver");
    private static final Person DELEGATE = person("Duarte Reis", "approver");
    private static final UUID FORMER_MEMBER = UUID.randomUUID();
    private static final Map<UUID, Person> MEMBERS =
            Stream.of(ANA, BRUNO, CARLA, DELEGATE).collect(Collectors.toMap(Person::userId, Function.identity()));

    private static Person person(String name, String role) {
        UUID id = UUID.randomUUID();
        return new Person(id, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com", name, role);
    }

    private static JsonObject event(String type, UUID actor, JsonObjectBuilder data) {
        JsonObjectBuilder envelope = Json.createObjectBuilder()
                .add("event_id", UUID.randomUUID().toString())
                .add("event_type", type)
                .add("tenant_id", TENANT.toString())
                .add("timestamp", "2026-11-21T10:00:00Z")
                .add("data", data);
        if (actor != null) {
            envelope.add("user_id", actor.toString());
        }
        return envelope.build();
    }

    private static JsonArrayBuilder ids(UUID... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (UUID id : ids) {
            array.add(id.toString());
        }
        return array;
    }

    private static JsonObjectBuilder approval(UUID... recipients) {
        return Json.createObjectBuilder()
                .add("approval_id", "a-1")
                .add("document_type", "purchase_order")
                .add("document_id", UUID.randomUUID().toString())
                .add("reference", "PO-000042")
                .add("level", 2)
                .add("requested_by", ANA.userId().toString())
                .add("recipients", ids(recipients));
    }

    private static Notice only(List<Notice> notices) {
        assertEquals(1, notices.size(), notices::toString);
        return notices.get(0);
    }

    @Test
    void anApprovalRequestGoesToWhoeverDecidesNowDelegatesIncluded() {
        JsonObject event = event(
                "approval.requested",
                ANA.userId(),
                approval(BRUNO.userId(), DELEGATE.userId()).add("due_at", "2026-11-23T17:30:00Z"));
        Notice notice = only(EventNotifications.plan(event, MEMBERS));
        assertEquals(NotificationType.APPROVAL_REQUEST, notice.type());
        assertEquals(List.of(BRUNO, DELEGATE), notice.recipients());
        assertEquals("Ana Silva", notice.values().get("requester"));
        assertEquals("purchase order", notice.values().get("document"));
        assertEquals("2", notice.values().get("level"));
        assertEquals("Please decide by 2026-11-23 17:30 UTC.", notice.values().get("due_line"));
        assertEquals("/api/v1/tenants/" + TENANT + "/approvals/a-1", notice.link());
        assertEquals("approval.requested", notice.data().getString("event_type"));
        assertFalse(notice.data().containsKey("recipients"), "the people lists are not kept");
    }

    @Test
    void aLevelDecisionIsAStatusUpdateForTheRequesterAndTheWholeApprovalIsApproved() {
        JsonObjectBuilder decided = approval(ANA.userId())
                .add("decided_by", DELEGATE.userId().toString())
                .add("on_behalf_of", BRUNO.userId().toString())
                .add("comment", "fine by me");
        Notice level = only(EventNotifications.plan(event("approval.approved", DELEGATE.userId(), decided), MEMBERS));
        assertEquals(NotificationType.STATUS_UPDATE, level.type());
        assertEquals(List.of(ANA), level.recipients());
        assertEquals(" (on behalf of Bruno Costa)", level.values().get("on_behalf"));
        assertEquals("Comment: fine by me", level.values().get("comment_line"));

        Notice completed = only(EventNotifications.plan(
                event(
                        "approval.completed",
                        CARLA.userId(),
                        approval(ANA.userId()).add("decided_by", CARLA.userId().toString())),
                MEMBERS));
        assertEquals(NotificationType.APPROVED, completed.type());
        assertEquals("Carla Dias", completed.values().get("decider"));
        assertEquals("", completed.values().get("on_behalf"));
    }

    @Test
    void aRejectionCarriesTheFeedback() {
        Notice rejected = only(EventNotifications.plan(
                event(
                        "approval.rejected",
                        BRUNO.userId(),
                        approval(ANA.userId())
                                .add("decided_by", BRUNO.userId().toString())
                                .add("feedback", "Split it into two orders")),
                MEMBERS));
        assertEquals(NotificationType.REJECTED, rejected.type());
        assertEquals("Split it into two orders", rejected.values().get("feedback"));
        assertEquals(List.of(ANA), rejected.recipients());
    }

    @Test
    void aManualEscalationOnlyTellsTheNewApprovers() {
        List<Notice> notices = EventNotifications.plan(
                event(
                        "approval.escalated",
                        ANA.userId(),
                        approval(CARLA.userId()).add("reason", "Bruno is away").add("automatic", false)),
                MEMBERS);
        Notice escalated = only(notices);
        assertEquals(NotificationType.ESCALATED, escalated.type());
        assertEquals(List.of(CARLA), escalated.recipients());
        assertEquals("Bruno is away", escalated.values().get("reason"));
    }

    @Test
    void anAutomaticEscalationAlsoReportsTheBreachToWhomTheEventNamesOrElseTheRequester() {
        List<Notice> named = EventNotifications.plan(
                event(
                        "approval.escalated",
                        null,
                        approval(CARLA.userId())
                                .add("reason", "SLA of 48 h passed")
                                .add("automatic", true)
                                .add("sla_breached_notify", ids(BRUNO.userId(), ANA.userId()))),
                MEMBERS);
        assertEquals(
                List.of(NotificationType.ESCALATED, NotificationType.SLA_BREACH),
                named.stream().map(Notice::type).toList());
        assertEquals(List.of(BRUNO, ANA), named.get(1).recipients());

        List<Notice> defaulted = EventNotifications.plan(
                event("approval.escalated", null, approval(CARLA.userId()).add("automatic", true)), MEMBERS);
        assertEquals(List.of(ANA), defaulted.get(1).recipients());
    }

    @Test
    void aBudgetWarningGoesToWhoeverSubmittedWithTheFigures() {
        JsonObjectBuilder budget = Json.createObjectBuilder()
                .add("cost_center", "MKT")
                .add("period", "2026")
                .add("currency", "EUR")
                .add("amount", new BigDecimal("100.00"))
                .add("committed", new BigDecimal("0.00"))
                .add("spent", BigDecimal.ZERO)
                .add("remaining", new BigDecimal("100.00"))
                .add("requested", new BigDecimal("150.00"));
        UUID order = UUID.randomUUID();
        JsonObject event = event(
                "budget.warning",
                ANA.userId(),
                Json.createObjectBuilder()
                        .add("purchase_order_id", order.toString())
                        .add("number", "PO-000042")
                        .add("budget", budget));
        Notice warning = only(EventNotifications.plan(event, MEMBERS));
        assertEquals(NotificationType.BUDGET_WARNING, warning.type());
        assertEquals(List.of(ANA), warning.recipients());
        assertEquals("PO-000042", warning.values().get("number"));
        assertEquals("150.00", warning.values().get("requested"));
        assertEquals("0", warning.values().get("spent"));
        assertEquals("/api/v1/tenants/" + TENANT + "/purchase-orders/" + order, warning.link());

        // Approved by the system itself (no actor): nobody to tell.
        assertTrue(EventNotifications.plan(
                        event("budget.warning", null, Json.createObjectBuilder().add("number", "PO-1")), MEMBERS)
                .isEmpty());
    }

    @Test
    void aRequestedNotificationUsesItsOwnTypeTitleAndBody() {
        JsonObject event = event(
                "notification.requested",
                null,
                Json.createObjectBuilder()
                        .add("recipients", ids(BRUNO.userId()))
                        .add("type", "download_ready")
                        .add("title", "Your export is ready")
                        .add("body", "orders-2026.xlsx")
                        .add("link", "/api/v1/tenants/t/conversions/c/download"));
        Notice notice = only(EventNotifications.plan(event, MEMBERS));
        assertEquals(NotificationType.DOWNLOAD_READY, notice.type());
        assertEquals("download_ready", notice.template());
        assertEquals("Your export is ready", notice.values().get("title"));
        assertEquals("/api/v1/tenants/t/conversions/c/download", notice.link());

        Notice message = only(EventNotifications.plan(
                event(
                        "notification.requested",
                        null,
                        Json.createObjectBuilder()
                                .add("recipients", ids(CARLA.userId()))
                                .add("type", "message")
                                .add("title", "Hi")
                                .add("body", "x")),
                MEMBERS));
        assertEquals("message", message.template());
        assertEquals(null, message.link());
    }

    @Test
    void onlyMembersAreToldAndUnknownEventsOrTypesTellNobody() {
        Notice notice = only(EventNotifications.plan(
                event("approval.requested", ANA.userId(), approval(FORMER_MEMBER, CARLA.userId(), CARLA.userId())),
                MEMBERS));
        assertEquals(List.of(CARLA), notice.recipients(), "non-members left out, duplicates once");

        assertTrue(EventNotifications.plan(event("approval.requested", ANA.userId(), approval(FORMER_MEMBER)), MEMBERS)
                .isEmpty());
        assertTrue(
                EventNotifications.plan(event("document.uploaded", ANA.userId(), Json.createObjectBuilder()), MEMBERS)
                        .isEmpty());
        assertTrue(EventNotifications.plan(
                        event(
                                "notification.requested",
                                null,
                                Json.createObjectBuilder()
                                        .add("recipients", ids(ANA.userId()))
                                        .add("type", "birthday")),
                        MEMBERS)
                .isEmpty());
        Notice unnamed = only(EventNotifications.plan(
                event("approval.completed", null, approval(ANA.userId()).add("decided_by", FORMER_MEMBER.toString())),
                MEMBERS));
        assertEquals("A former member", unnamed.values().get("decider"));
    }

    @Test
    void everyoneTheEventNamesIsLookedUp() {
        JsonObject event = event(
                "approval.approved",
                CARLA.userId(),
                approval(ANA.userId())
                        .add("decided_by", DELEGATE.userId().toString())
                        .add("on_behalf_of", BRUNO.userId().toString()));
        assertEquals(
                Set.of(ANA.userId(), DELEGATE.userId(), BRUNO.userId(), CARLA.userId()),
                EventNotifications.peopleIn(event));
    }

    @Test
    void everyTopicHasARuleAndAConsumerChannelOfEachGroup() throws Exception {
        String config = new String(
                getClass()
                        .getClassLoader()
                        .getResourceAsStream("META-INF/microprofile-config.properties")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String topic : EventNotifications.TOPICS) {
            String channel = topic.replace('.', '-');
            assertTrue(config.contains("mp.messaging.incoming.notify-" + channel + ".topic=" + topic), topic);
            assertTrue(config.contains("mp.messaging.incoming.email-" + channel + ".topic=" + topic), topic);
        }
    }
}
