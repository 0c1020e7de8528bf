package dev.procura.integrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One pass of the sender over a system's due messages, and what came of it. */
@Entity
@Table(name = "integration_runs")
public class IntegrationRun {

    @Id
    private UUID id;

    @Column(name = "system_id")
    private UUID systemId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private int attempted;
    private int sent;
    private int failed;
    private int dead;

    protected IntegrationRun() {}

    IntegrationRun(UUID systemId, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.systemId = systemId;
        this.startedAt = startedAt;
    }

    void finish(int attempted, int sent, int failed, int dead, Instant now) {
        this.attempted = attempted;
        this.sent = sent;
        this.failed = failed;
        this.dead = dead;
        this.finishedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID systemId() {
        return systemId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int attempted() {
        return attempted;
    }

    public int sent() {
        return sent;
    }

    public int failed() {
        return failed;
    }

    public int dead() {
        return dead;
    }
}
