package dev.procura.integrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One of our records (by type and id) as an external system knows it. */
@Entity
@Table(name = "integration_mappings")
public class IntegrationMapping {

    static final String CONNECTOR = "connector";
    static final String MANUAL = "manual";

    @Id
    private UUID id;

    @Column(name = "system_id")
    private UUID systemId;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "our_id")
    private String ourId;

    @Column(name = "external_id")
    private String externalId;

    private String source;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected IntegrationMapping() {}

    IntegrationMapping(UUID systemId, String entityType, String ourId, Instant now) {
        this.id = UUID.randomUUID();
        this.systemId = systemId;
        this.entityType = entityType;
        this.ourId = ourId;
        this.createdAt = now;
    }

    void map(String externalId, String source, Instant now) {
        this.externalId = externalId;
        this.source = source;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID systemId() {
        return systemId;
    }

    public String entityType() {
        return entityType;
    }

    public String ourId() {
        return ourId;
    }

    public String externalId() {
        return externalId;
    }

    public String source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
