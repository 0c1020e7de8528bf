package dev.procura.typelists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a type list: a code unique in its list, a label, a place in the order, and
 * optionally a parent in the same list. An inactive value is kept (records may still name it)
 * but marked so that new choices can leave it out.
 */
@Entity
@Table(name = "type_list_values")
public class TypeListValue {

    @Id
    private UUID id;

    @Column(name = "list_id")
    private UUID listId;

    private String code;
    private String label;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TypeListValue() {}

    TypeListValue(UUID listId, Instant now) {
        this.id = UUID.randomUUID();
        this.listId = listId;
        this.createdAt = now;
    }

    void define(String code, String label, int sortOrder, boolean active, UUID parentId, Instant now) {
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
        this.active = active;
        this.parentId = parentId;
        this.updatedAt = now;
    }

    public boolean isActive() {
        return active;
    }

    public boolean belongsTo(UUID list) {
        return listId.equals(list);
    }

    public UUID id() {
        return id;
    }

    public UUID listId() {
        return listId;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public UUID parentId() {
        return parentId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
