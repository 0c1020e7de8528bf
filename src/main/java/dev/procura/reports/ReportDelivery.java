package dev.procura.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One due run of a schedule and its delivery by email: run, then mailed, retried on failure. */
@Entity
@Table(name = "report_deliveries")
public class ReportDelivery {

    enum Status {
        RUNNING,
        DELIVERED,
        RETRYING,
        FAILED;

        String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "schedule_id")
    private UUID scheduleId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "execution_id")
    private UUID executionId;

    @Column(name = "retry_at")
    private Instant retryAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    private Boolean attached;

    @Column(name = "sent_to")
    private String sentTo;

    private String skipped;
    private String error;

    @Version
    private long version;

    protected ReportDelivery() {}

    ReportDelivery(UUID id, UUID scheduleId, Instant dueAt) {
        this.id = id;
        this.scheduleId = scheduleId;
        this.dueAt = dueAt;
        this.status = Status.RUNNING;
        this.sentTo = "";
        this.skipped = "";
    }

    /** Another run of the report for this delivery (the first, or a retry). */
    void running(UUID execution) {
        status = Status.RUNNING;
        executionId = execution;
        retryAt = null;
        attempts++;
    }

    void sent(UUID recipient) {
        sentTo = sentTo.isEmpty() ? recipient.toString() : sentTo + "," + recipient;
    }

    void skip(UUID recipient) {
        skipped = skipped.isEmpty() ? recipient.toString() : skipped + "," + recipient;
    }

    void delivered(Instant now, boolean withAttachment) {
        status = Status.DELIVERED;
        deliveredAt = now;
        attached = withAttachment;
        error = null;
    }

    void retryAt(Instant at, String reason) {
        status = Status.RETRYING;
        retryAt = at;
        error = cut(reason);
    }

    void failed(String reason) {
        status = Status.FAILED;
        retryAt = null;
        error = cut(reason);
    }

    private static String cut(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    static List<UUID> ids(String joined) {
        List<UUID> ids = new ArrayList<>();
        if (!joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(UUID::fromString).forEach(ids::add);
        }
        return ids;
    }

    UUID id() {
        return id;
    }

    UUID scheduleId() {
        return scheduleId;
    }

    Instant dueAt() {
        return dueAt;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    UUID executionId() {
        return executionId;
    }

    Instant retryAt() {
        return retryAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    Boolean attached() {
        return attached;
    }

    List<UUID> sentTo() {
        return ids(sentTo);
    }

    List<UUID> skipped() {
        return ids(skipped);
    }

    String error() {
        return error;
    }
}
