package dev.procura.notifications;

import dev.procura.platform.tenancy.TenantPeople.Person;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * The mapping table from events to notifications (see docs/notifications.md):
 * <pre>
 * approval.requested     approval_request  data.recipients (who decide now, delegates included)
 * approval.approved      status_update     data.recipients (the requester): one level decided
 * approval.completed     approved          data.recipients
 * approval.rejected      rejected          data.recipients, with data.feedback
 * approval.escalated     escalated         data.recipients (the new approvers)
 *   … when automatic     sla_breach        data.sla_breached_notify, else data.requested_by
 * budget.warning         budget_warning    the order's submitter (data.submitted_by), else the event's user
 * notification.requested data.type         data.recipients, with data.title / body / link
 * </pre>
 * Only members of the tenant are told: {@code people} holds the members among everyone the event
 * names, and anyone missing from it is left out. Pure: no database, no clock.
 */
public final class EventNotifications {

    public static final List<String> TOPICS = List.of(
            "approval.requested",
            "approval.approved",
            "approval.completed",
            "approval.rejected",
            "approval.escalated",
            "budget.warning",
            "notification.requested");

    private static final Logger LOG = Logger.getLogger(EventNotifications.class.getName());
    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** Fields of event data naming people; they are resolved to names, and not kept in the notification. */
    private static final List<String> PEOPLE_FIELDS = List.of("recipients", "sla_breached_notify");

    private static final Map<String, BiFunction<Event, Map<UUID, Person>, List<Notice>>> RULES = Map.of(
            "approval.requested",
                    (e, p) -> List.of(approval(e, p, NotificationType.APPROVAL_REQUEST, e.ids("recipients"))),
            "approval.approved", (e, p) -> List.of(approval(e, p, NotificationType.STATUS_UPDATE, e.ids("recipients"))),
            "approval.completed", (e, p) -> List.of(approval(e, p, NotificationType.APPROVED, e.ids("recipients"))),
            "approval.rejected", (e, p) -> List.of(approval(e, p, NotificationType.REJECTED, e.ids("recipients"))),
            "approval.escalated", EventNotifications::escalation,
            "budget.warning", EventNotifications::budgetWarning,
            "notification.requested", EventNotifications::requested);

    private EventNotifications() {}

    /** Everyone the event names (recipients, requester, deciders, actor): the people to look up. */
    public static Set<UUID> peopleIn(JsonObject envelope) {
        Event event = new Event(envelope);
        Set<UUID> people = new LinkedHashSet<>();
        PEOPLE_FIELDS.forEach(field -> people.addAll(event.ids(field)));
        for (String field : List.of("requested_by", "decided_by", "on_behalf_of")) {
            UUID id = event.id(field);
            if (id != null) {
                people.add(id);
            }
        }
        if (event.actor() != null) {
            people.add(event.actor());
        }
        return people;
    }

    /** The notices of an event; none for an event this table does not know. */
    public static List<Notice> plan(JsonObject envelope, Map<UUID, Person> people) {
        Event event = new Event(envelope);
        var rule = RULES.get(event.type());
        if (rule == null) {
            return List.of();
        }
        return rule.apply(event, people).stream()
                .filter(n -> !n.recipients().isEmpty())
                .toList();
    }

    private static Notice approval(Event e, Map<UUID, Person> people, NotificationType type, List<UUID> to) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("document", e.text("document_type").replace('_', ' '));
        values.put("reference", e.text("reference"));
        values.put("level", e.text("level"));
        values.put("requester", nameOf(people, e.id("requested_by")));
        values.put("decider", nameOf(people, e.id("decided_by")));
        UUID onBehalfOf = e.id("on_behalf_of");
        values.put("on_behalf", onBehalfOf == null ? "" : " (on behalf of " + nameOf(people, onBehalfOf) + ")");
        String comment = e.text("comment");
        values.put("comment_line", comment.isBlank() ? "" : "Comment: " + comment);
        values.put("feedback", e.text("feedback"));
        values.put("reason", e.text("reason"));
        values.put("due_line", dueLine(e.text("due_at")));
        String link = e.tenantPath("/approvals/" + e.text("approval_id"));
        values.put("link", link);
        return new Notice(type, type.wireName(), members(people, to), values, link, e.facts());
    }

    private static List<Notice> escalation(Event e, Map<UUID, Person> people) {
        List<Notice> notices = new ArrayList<>();
        notices.add(approval(e, people, NotificationType.ESCALATED, e.ids("recipients")));
        if (e.flag("automatic")) {
            List<UUID> told = e.ids("sla_breached_notify");
            if (told.isEmpty() && e.id("requested_by") != null) {
                told = List.of(e.id("requested_by"));
            }
            notices.add(approval(e, people, NotificationType.SLA_BREACH, told));
        }
        return notices;
    }

    private static List<Notice> budgetWarning(Event e, Map<UUID, Person> people) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", e.text("number"));
        JsonObject budget = e.data().containsKey("budget") && e.data().get("budget") instanceof JsonObject b
                ? b
                : JsonValue.EMPTY_JSON_OBJECT;
        for (String field : List.of(
                "cost_center",
                "period",
                "currency",
                "amount",
                "committed",
                "spent",
                "remaining",
                "requested",
                "utilisation_percent")) {
            values.put(field, text(budget.get(field)));
        }
        String link = e.tenantPath("/purchase-orders/" + e.text("purchase_order_id"));
        values.put("link", link);
        // The order's submitter hears of it, also when the warning comes again at approval.
        String submitter = e.text("submitted_by");
        List<UUID> to = !submitter.isBlank()
                ? List.of(UUID.fromString(submitter))
                : e.actor() == null ? List.of() : List.of(e.actor());
        return List.of(new Notice(
                NotificationType.BUDGET_WARNING, "budget_warning", members(people, to), values, link, e.facts()));
    }

    private static List<Notice> requested(Event e, Map<UUID, Person> people) {
        var type = NotificationType.of(e.text("type"));
        if (type.isEmpty()) {
            LOG.warning(
                    () -> "notification.requested " + e.eventId() + " names no known type: '" + e.text("type") + "'");
            return List.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", e.text("title"));
        values.put("body", e.text("body"));
        String link = e.text("link").isBlank() ? null : e.text("link");
        values.put("link", link == null ? "" : link);
        String template = type.get() == NotificationType.DOWNLOAD_READY ? "download_ready" : "message";
        return List.of(new Notice(type.get(), template, members(people, e.ids("recipients")), values, link, e.facts()));
    }

    private static List<Person> members(Map<UUID, Person> people, List<UUID> ids) {
        return ids.stream().distinct().map(people::get).filter(Objects::nonNull).toList();
    }

    private static String nameOf(Map<UUID, Person> people, UUID id) {
        if (id == null) {
            return "Someone";
        }
        Person person = people.get(id);
        return person == null || person.name() == null || person.name().isBlank() ? "A former member" : person.name();
    }

    private static String dueLine(String dueAt) {
        if (dueAt.isBlank()) {
            return "";
        }
        try {
            return "Please decide by " + DUE.format(Instant.parse(dueAt)) + ".";
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() : value.toString();
    }

    /** Reading the envelope and its data leniently: a missing field is empty, never an error. */
    private record Event(JsonObject envelope) {

        String type() {
            return envelope.getString("event_type", "");
        }

        String eventId() {
            return envelope.getString("event_id", "");
        }

        JsonObject data() {
            return envelope.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        }

        UUID actor() {
            return uuid(envelope.get("user_id"));
        }

        String text(String field) {
            return EventNotifications.text(data().get(field));
        }

        boolean flag(String field) {
            return data().get(field) == JsonValue.TRUE;
        }

        UUID id(String field) {
            return uuid(data().get(field));
        }

        List<UUID> ids(String field) {
            if (!(data().get(field) instanceof jakarta.json.JsonArray array)) {
                return List.of();
            }
            return array.stream()
                    .map(EventNotifications.Event::uuid)
                    .filter(Objects::nonNull)
                    .toList();
        }

        String tenantPath(String rest) {
            return "/api/v1/tenants/" + envelope.getString("tenant_id", "") + rest;
        }

        /** The event's data without the people lists, plus which event it was. */
        JsonObject facts() {
            JsonObjectBuilder facts = Json.createObjectBuilder().add("event_type", type());
            data().forEach((name, value) -> {
                if (!PEOPLE_FIELDS.contains(name)) {
                    facts.add(name, value);
                }
            });
            return facts.build();
        }

        private static UUID uuid(JsonValue value) {
            if (!(value instanceof JsonString s)) {
                return null;
            }
            try {
                return UUID.fromString(s.getString());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
