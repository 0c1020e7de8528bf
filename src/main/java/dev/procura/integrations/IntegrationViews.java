package dev.procura.integrations;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the integrations API. Secrets are never in them: only whether one is set. */
public final class IntegrationViews {

    private IntegrationViews() {}

    @Schema(name = "IntegrationSystem")
    public record SystemView(
            UUID id,
            String code,
            String name,
            String endpointUrl,
            boolean enabled,
            List<String> events,
            String externalIdField,
            int maxAttempts,
            int timeoutSeconds,

            @Schema(description = "Whether a bearer token is set (the token itself is never shown)")
            boolean hasBearerToken,

            @Schema(description = "Whether an HMAC secret is set (the secret itself is never shown)")
            boolean hasHmacSecret,

            Instant createdAt,
            Instant updatedAt) {

        static SystemView of(IntegrationSystem system) {
            return new SystemView(
                    system.id(),
                    system.code(),
                    system.name(),
                    system.endpointUrl(),
                    system.isEnabled(),
                    system.subscribedEvents(),
                    system.externalIdField(),
                    system.maxAttempts(),
                    system.timeoutSeconds(),
                    system.bearerTokenEnc() != null,
                    system.hmacSecretEnc() != null,
                    system.createdAt(),
                    system.updatedAt());
        }
    }

    @Schema(name = "IntegrationMessage")
    public record MessageView(
            UUID id,
            String system,
            @Schema(enumeration = {"outbound", "inbound"}) String direction,
            String entityType,
            String entityId,
            String eventType,
            UUID eventId,

            @Schema(enumeration = {"pending", "sent", "failed", "dead"})
            String status,

            int attempts,

            @Schema(description = "Times it was retried by hand")
            int manualRetries,

            @Schema(description = "The last attempt's error: a status and the start of the answer, or the failure")
            String lastError,

            @Schema(description = "When it goes out next (pending or failed)")
            Instant nextAttemptAt,

            Integer responseCode,

            @Schema(description = "The id the system gave the record in its answer")
            String externalId,

            @Schema(description = "The message this one replays")
            UUID replayOf,

            UUID runId,
            Instant sentAt,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "The JSON sent (in a single message's view; left out of lists)")
            JsonObject payload) {

        static MessageView of(String system, IntegrationMessage m, boolean withPayload) {
            return new MessageView(
                    m.id(),
                    system,
                    m.direction(),
                    m.entityType(),
                    m.entityId(),
                    m.eventType(),
                    m.eventId(),
                    m.status(),
                    m.attempts(),
                    m.manualRetries(),
                    m.lastError(),
                    m.nextAttemptAt(),
                    m.responseCode(),
                    m.externalId(),
                    m.replayOf(),
                    m.runId(),
                    m.sentAt(),
                    m.createdAt(),
                    m.updatedAt(),
                    withPayload ? parse(m.payload()) : null);
        }

        private static JsonObject parse(String json) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        }
    }

    @Schema(name = "IntegrationMapping")
    public record MappingView(
            UUID id,
            String system,
            String entityType,
            String ourId,
            String externalId,
            @Schema(enumeration = {"connector", "manual"}) String source,
            Instant createdAt,
            Instant updatedAt) {

        static MappingView of(String system, IntegrationMapping m) {
            return new MappingView(
                    m.id(),
                    system,
                    m.entityType(),
                    m.ourId(),
                    m.externalId(),
                    m.source(),
                    m.createdAt(),
                    m.updatedAt());
        }
    }
}
