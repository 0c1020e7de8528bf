package dev.procura.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns an outbox row into an audit entry: the event type is the action, the part before its
 * first dot the record type, the message key the record's id; the event's data are the details
 * (secrets redacted), the captured field changes the changes. Plumbing events that only start
 * work elsewhere (they repeat a fact already on the trail) are left out.
 */
public final class AuditDrafts {

    /** Events that are not facts of their own: job triggers and the retired hand-written audit lines. */
    static final Set<String> NOT_AUDITED = Set.of("audit.log", "file.process", "notification.requested");

    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(password|secret|token|credential|private_key|api_key|salt).*");

    /** The topic of changes no event reports (TenantOutbox.CHANGED). */
    static final String CHANGED = "record.changed";

    private AuditDrafts() {}

    /** The outbox row's columns the trail uses. */
    public record OutboxRow(
            UUID eventId,
            Instant createdAt,
            String topic,
            String key,
            String payload,
            String requestId,
            String clientAddress,
            String changes) {}

    /** The draft of {@code row}, or empty for rows that are not audited (plumbing, dead letters). */
    public static Optional<AuditEntry.Draft> of(OutboxRow row) {
        if (NOT_AUDITED.contains(row.topic()) || row.topic().endsWith(".dlq")) {
            return Optional.empty();
        }
        try {
            return read(row);
        } catch (RuntimeException malformed) {
            // A row written by hand or by a bug must not hold the trail up: it is kept, marked unreadable.
            String type = recordType(row.topic());
            return Optional.of(new AuditEntry.Draft(
                    row.eventId(),
                    row.createdAt(),
                    null,
                    null,
                    null,
                    row.topic(),
                    type,
                    row.key(),
                    null,
                    "{\"unreadable\":true}",
                    row.clientAddress(),
                    row.requestId(),
                    List.of(type + ":" + row.key())));
        }
    }

    private static Optional<AuditEntry.Draft> read(OutboxRow row) {
        JsonObject envelope;
        try (JsonReader reader = Json.createReader(new StringReader(row.payload()))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object) || !object.containsKey("event_id")) {
                return Optional.empty();
            }
            envelope = object;
        } catch (JsonParsingException notJson) {
            return Optional.empty();
        }
        // The row's own id and time stand for the event; the envelope adds who and what, when it has them.
        JsonValue data = envelope.getOrDefault("data", JsonValue.NULL);
        String entityType = recordType(row.topic());
        Set<String> changed = new LinkedHashSet<>();
        if (row.changes() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(row.changes()))) {
                for (JsonValue change : reader.readArray()) {
                    JsonObject object = change.asJsonObject();
                    if (changed.isEmpty() && CHANGED.equals(row.topic())) {
                        // changes no event reports: the entry is about the first record changed
                        entityType = object.getString("entity_type");
                    }
                    changed.add(object.getString("entity_type") + ":" + object.getString("entity_id"));
                }
            }
        }
        Set<String> related = new LinkedHashSet<>();
        related.add(entityType + ":" + row.key());
        related.addAll(changed);
        return Optional.of(new AuditEntry.Draft(
                row.eventId(),
                row.createdAt(),
                uuid(envelope, "tenant_id"),
                uuid(envelope, "user_id"),
                data instanceof JsonObject object ? uuid(object, "on_behalf_of") : null,
                row.topic(),
                entityType,
                row.key(),
                row.changes(),
                data == JsonValue.NULL ? null : redact(data).toString(),
                row.clientAddress(),
                row.requestId(),
                List.copyOf(related)));
    }

    static String recordType(String eventType) {
        int dot = eventType.indexOf('.');
        return dot < 0 ? eventType : eventType.substring(0, dot);
    }

    /** The value with every member whose name looks like a secret replaced by a marker, at any depth. */
    static JsonValue redact(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                copy.add(
                        member.getKey(),
                        SECRET_KEY.matcher(member.getKey()).matches()
                                ? Json.createValue(ChangeCapture.REDACTED)
                                : redact(member.getValue()));
            }
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            var copy = Json.createArrayBuilder();
            array.forEach(item -> copy.add(redact(item)));
            return copy.build();
        }
        return value;
    }

    private static UUID uuid(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text && !text.getString().isEmpty()
                ? parseOrNull(text.getString())
                : null;
    }

    private static UUID parseOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
