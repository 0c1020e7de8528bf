package dev.procura.reports;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A tenant's report definition (stored as JSON, in the API's shape). */
@Entity
@Table(name = "reports")
public class Report {

    static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Id
    private UUID id;

    private String name;
    private String description;
    private String dataset;
    private String definition;
    private String format;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Report() {}

    Report(UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void describe(ReportRequests.Define request, Instant now) {
        this.name = request.name();
        this.description = request.description();
        this.dataset = request.dataset();
        this.definition = JSON.toJson(request);
        this.format = format(request);
        this.updatedAt = now;
    }

    static String format(ReportRequests.Define request) {
        return request.format() == null ? "xlsx" : request.format();
    }

    static ReportRequests.Define definition(String json) {
        return JSON.fromJson(json, ReportRequests.Define.class);
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    String dataset() {
        return dataset;
    }

    String definitionJson() {
        return definition;
    }

    ReportRequests.Define definition() {
        return definition(definition);
    }

    String format() {
        return format;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
