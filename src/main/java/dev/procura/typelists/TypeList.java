package dev.procura.typelists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A taxonomy of the tenant (NCR categories, defect codes, carriers…), known by its code. */
@Entity
@Table(name = "type_lists")
public class TypeList {

    @Id
    private UUID id;

    private String code;
    private String name;
    private String description;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TypeList() {}

    TypeList(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(String code, String name, String description, Instant now) {
        this.code = code;
        this.name = name;
        this.description = description;
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

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
