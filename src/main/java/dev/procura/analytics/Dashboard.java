package dev.procura.analytics;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A tenant's dashboard: a name and its tiles (stored as JSON, in the API's shape). */
@Entity
@Table(name = "dashboards")
public class Dashboard {

    private static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));
    private static final Type TILES =
            new ArrayList<DashboardRequests.Tile>() {}.getClass().getGenericSuperclass();

    @Id
    private UUID id;

    private String name;
    private String description;
    private String tiles;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Dashboard() {}

    Dashboard(UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void describe(DashboardRequests.Define request, Instant now) {
        this.name = request.name();
        this.description = request.description();
        this.tiles = JSON.toJson(request.tiles(), TILES);
        this.updatedAt = now;
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

    List<DashboardRequests.Tile> tiles() {
        return JSON.fromJson(tiles, TILES);
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
