package dev.procura.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Control database: where the public theme finds a tenant (its slug, its custom domain). */
@Entity
@Table(name = "tenant_brand_addresses")
public class BrandAddress {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String slug;

    @Column(name = "custom_domain")
    private String customDomain;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected BrandAddress() {}

    BrandAddress(UUID tenantId) {
        this.tenantId = tenantId;
    }

    void point(String slug, String customDomain, Instant now) {
        this.slug = slug;
        this.customDomain = customDomain;
        this.updatedAt = now;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String slug() {
        return slug;
    }

    public String customDomain() {
        return customDomain;
    }
}
