package dev.procura.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message a consumer gave up on (poison), kept for operators. Control database. */
@Entity
@Table(name = "parked_messages")
public class ParkedMessage {

    @Id
    private UUID id;

    private String topic;
    private String consumer;
    private String payload;
    private String error;
    private int attempts;

    @Column(name = "parked_at")
    private Instant parkedAt;

    private int replays;

    @Column(name = "replayed_at")
    private Instant replayedAt;

    @Column(name = "replayed_by")
    private UUID replayedBy;

    protected ParkedMessage() {}

    public ParkedMessage(String topic, String consumer, String payload, String error, int attempts, Instant parkedAt) {
        this.id = UUID.randomUUID();
        this.topic = topic;
        this.consumer = consumer;
        this.payload = payload;
        this.error = error;
        this.attempts = attempts;
        this.parkedAt = parkedAt;
    }

    /** Sent back to its topic once more. */
    public void replayed(UUID by, Instant at) {
        replays++;
        replayedAt = at;
        replayedBy = by;
    }

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String consumer() {
        return consumer;
    }

    public String payload() {
        return payload;
    }

    public String error() {
        return error;
    }

    public int attempts() {
        return attempts;
    }

    public Instant parkedAt() {
        return parkedAt;
    }

    public int replays() {
        return replays;
    }

    public Instant replayedAt() {
        return replayedAt;
    }

    public UUID replayedBy() {
        return replayedBy;
    }
}
