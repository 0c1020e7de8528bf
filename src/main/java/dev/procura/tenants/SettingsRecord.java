package dev.procura.tenants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The settings row of a tenant database (always id 1: every tenant has the same key). */
@Entity
@Table(name = "tenant_settings")
public class SettingsRecord {

    static final int ID = 1;

    @Id
    private int id;

    private String document;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected SettingsRecord() {}

    SettingsRecord(String document, UUID updatedBy, Instant now) {
        this.id = ID;
        replace(document, updatedBy, now);
    }

    void replace(String newDocument, UUID by, Instant now) {
        this.document = newDocument;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    String document() {
        return document;
    }
}
