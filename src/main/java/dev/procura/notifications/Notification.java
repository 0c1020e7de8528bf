package dev.procura.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing a member was told, in the tenant's database. Rows are written by
 * {@link NotificationRepository#insert} (deduplicated per source event); this entity reads them
 * and marks them read.
 */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    private UUID id;
    /** Given by the database on insert; orders a member's notifications and is their SSE id. */
    @Column(insertable = false, updatable = false)
    private long seq;

    @Column(name = "user_id")
    private UUID userId;

    private String type;
    private String title;
    private String body;
    private String data;
    private String link;

    @Column(name = "source_event_id")
    private UUID sourceEventId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public UUID id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public UUID userId() {
        return userId;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String data() {
        return data;
    }

    public String link() {
        return link;
    }

    public UUID sourceEventId() {
        return sourceEventId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
