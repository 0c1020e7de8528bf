package dev.procura.conversions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A tenant's own template: what to take from one source type and how to lay it out in one format. */
@Entity
@Table(name = "conversion_templates")
public class Template {

    @Id
    private UUID id;

    private String name;

    @Column(name = "source_type")
    private String sourceType;

    private String format;
    private String definition;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Template() {}

    Template(UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void define(String name, String sourceType, String format, TemplateDefinition definition, Instant now) {
        this.name = name;
        this.sourceType = sourceType;
        this.format = format;
        this.definition = definition.toJson();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String sourceType() {
        return sourceType;
    }

    public String format() {
        return format;
    }

    public TemplateDefinition definition() {
        return TemplateDefinition.fromJson(definition);
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
