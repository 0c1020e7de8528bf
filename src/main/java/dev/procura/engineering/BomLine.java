package dev.procura.engineering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A line of a project's bill of materials: so much of an item per one of its parent line (per
 * one project at the top), made from its own child lines or bought.
 */
@Entity
@Table(name = "project_bom_lines")
public class BomLine {

    @Id
    private UUID id;

    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "parent_id")
    private UUID parentId;

    private int position;

    @Column(name = "item_code")
    private String itemCode;

    private BigDecimal quantity;
    private String unit;
    private String source;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected BomLine() {}

    BomLine(
            UUID projectId,
            UUID parentId,
            int position,
            String itemCode,
            BigDecimal quantity,
            String unit,
            BomSource source,
            Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.parentId = parentId;
        this.position = position;
        this.itemCode = itemCode;
        this.quantity = quantity;
        this.unit = unit;
        this.source = source.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID parentId() {
        return parentId;
    }

    public int position() {
        return position;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public BomSource source() {
        return BomSource.of(source).orElseThrow();
    }

    public Instant createdAt() {
        return createdAt;
    }

    BomExplosion.Line asExplosionLine() {
        return new BomExplosion.Line(id, parentId, position, itemCode, quantity, unit, source());
    }
}
