package dev.procura.plants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A plant (site) of the tenant, known by its code; purchase orders and receipts may belong to one. */
@Entity
@Table(name = "plants")
public class Plant {

    @Id
    private UUID id;

    private String code;
    private String name;

    @Column(name = "address_line1")
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    private String region;
    private String country;

    @Column(name = "time_zone")
    private String timeZone;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Plant() {}

    Plant(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(PlantRequests.Define request, Instant now) {
        this.code = request.code();
        this.name = request.name();
        PlantRequests.Address address = request.address();
        this.addressLine1 = address == null ? null : address.line1();
        this.addressLine2 = address == null ? null : address.line2();
        this.city = address == null ? null : address.city();
        this.postalCode = address == null ? null : address.postalCode();
        this.region = address == null ? null : address.region();
        this.country = address == null ? null : address.country();
        this.timeZone = request.timeZone();
        this.active = request.activeOrDefault();
        this.updatedAt = now;
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

    public String addressLine1() {
        return addressLine1;
    }

    public String addressLine2() {
        return addressLine2;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }

    public String region() {
        return region;
    }

    public String country() {
        return country;
    }

    public String timeZone() {
        return timeZone;
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
