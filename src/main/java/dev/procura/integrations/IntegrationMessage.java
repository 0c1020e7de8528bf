package dev.procura.integrations;

import dev.procura.platform.persistence.JsonbColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A message to or from an external system. Outbound: pending when written, then sent, or failed
 * (waiting for its next attempt) until its attempts run out and it is dead; a 4xx answer other than
 * 408 and 429 makes it dead at once. A failed or dead message may be retried by hand; a sent one
 * replayed as a new message linked to it.
 */
@Entity
@Table(name = "integration_messages")
public class IntegrationMessage {

    static final String OUTBOUND = "outbound";
    static final String INBOUND = "inbound";
    static final String PENDING = "pending";
    static final String SENT = "sent";
    static final String FAILED = "failed";
    static final String DEAD = "dead";
    static final Set<String> RETRYABLE = Set.of(FAILED, DEAD);

    @Id
    private UUID id;

    @Column(name = "system_id")
    private UUID systemId;

    private String direction;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "event_id")
    private UUID eventId;

    @Convert(converter = JsonbColumn.class)
    private String payload;

    private String status;
    private int attempts;

    @Column(name = "manual_retries")
    private int manualRetries;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "response_code")
    private Integer responseCode;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "replay_of")
    private UUID replayOf;

    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected IntegrationMessage() {}

    /** A new outbound message, due now. */
    static IntegrationMessage outbound(
            UUID systemId,
            String entityType,
            String entityId,
            String eventType,
            UUID eventId,
            String payload,
            Instant now) {
        IntegrationMessage message = new IntegrationMessage();
        message.id = UUID.randomUUID();
        message.systemId = systemId;
        message.direction = OUTBOUND;
        message.entityType = entityType;
        message.entityId = entityId;
        message.eventType = eventType;
        message.eventId = eventId;
        message.payload = payload;
        message.status = PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        message.updatedAt = now;
        return message;
    }

    /** The same payload sent again as a new message (its own id: a new idempotency key). */
    IntegrationMessage replay(Instant now) {
        IntegrationMessage again = outbound(systemId, entityType, entityId, eventType, eventId, payload, now);
        again.replayOf = id;
        return again;
    }

    boolean isDue(Instant now) {
        return (PENDING.equals(status) || FAILED.equals(status))
                && nextAttemptAt != null
                && !nextAttemptAt.isAfter(now);
    }

    /** Taken by a sender's run: no other pass sends it until the lease ends. */
    void claim(UUID run, Instant leaseEnds) {
        this.runId = run;
        this.nextAttemptAt = leaseEnds;
    }

    void delivered(int code, String externalId, String note, Instant now) {
        this.attempts++;
        this.status = SENT;
        this.responseCode = code;
        this.externalId = externalId;
        this.lastError = note;
        this.nextAttemptAt = null;
        this.sentAt = now;
        this.updatedAt = now;
    }

    /** An attempt that failed: {@code retryAt} null makes the message dead. */
    void undelivered(Integer code, String error, Instant retryAt, Instant now) {
        this.attempts++;
        this.responseCode = code;
        this.lastError = error;
        this.status = retryAt == null ? DEAD : FAILED;
        this.nextAttemptAt = retryAt;
        this.updatedAt = now;
    }

    /** A failed or dead message goes out again now, with a fresh count of attempts. */
    void retry(Instant now) {
        this.status = PENDING;
        this.attempts = 0;
        this.manualRetries++;
        this.nextAttemptAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID systemId() {
        return systemId;
    }

    public String direction() {
        return direction;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String eventType() {
        return eventType;
    }

    public UUID eventId() {
        return eventId;
    }

    public String payload() {
        return payload;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public int manualRetries() {
        return manualRetries;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer responseCode() {
        return responseCode;
    }

    public String externalId() {
        return externalId;
    }

    public UUID replayOf() {
        return replayOf;
    }

    public UUID runId() {
        return runId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
