package dev.procura.currencies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A currency the tenant works in, by its ISO 4217 code; the tenant currency is always one, and active. */
@Entity
@Table(name = "currencies")
public class Currency {

    @Id
    private String code;

    private String name;
    private int decimals;
    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Currency() {}

    Currency(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
    }

    void describe(String name, int decimals, boolean active, Instant now) {
        this.name = name;
        this.decimals = decimals;
        this.active = active;
        this.updatedAt = now;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Minor units: 2 for EUR, 0 for JPY, 3 for KWD. */
    public int decimals() {
        return decimals;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
