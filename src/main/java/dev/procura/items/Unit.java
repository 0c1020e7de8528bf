package dev.procura.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A unit of measure of the tenant (ea, box, kg), known by its code. */
@Entity
@Table(name = "units")
public class Unit {

    @Id
    private UUID id;

    private String code;
    private String name;
    private String dimension;
    private int decimals;
    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Unit() {}

    Unit(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(UnitRequests.Define request, Instant now) {
        this.code = request.code();
        this.name = request.name();
        this.dimension = request.dimension();
        this.decimals = request.decimals();
        this.active = request.active() == null || request.active();
        this.updatedAt = now;
    }

    /** Whether the request describes this unit as it is (an import row that changes nothing). */
    boolean matches(UnitRequests.Define request) {
        return code.equals(request.code())
                && name.equals(request.name())
                && dimension.equals(request.dimension())
                && decimals == request.decimals()
                && active == (request.active() == null || request.active());
    }

    UnitConverter.UnitInfo info() {
        return new UnitConverter.UnitInfo(code, dimension, decimals, active);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String dimension() {
        return dimension;
    }

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
