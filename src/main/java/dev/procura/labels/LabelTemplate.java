package dev.procura.labels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A tenant's label template: its name (unique in any case) and its {@link LabelDesign}. */
@Entity
@Table(name = "label_templates")
public class LabelTemplate {

    @Id
    private UUID id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    private String page;

    @Column(name = "columns_per_page")
    private Integer columns;

    @Column(name = "rows_per_page")
    private Integer rows;

    @Column(name = "width_mm")
    private BigDecimal widthMm;

    @Column(name = "height_mm")
    private BigDecimal heightMm;

    private String fields;
    private String symbologies;

    @Column(name = "digital_link_base")
    private String digitalLinkBase;

    @Column(name = "show_company")
    private boolean showCompany;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected LabelTemplate() {}

    LabelTemplate(LabelDesign design, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
        define(design, now);
    }

    final void define(LabelDesign design, Instant now) {
        name = design.name();
        nameKey = key(design.name());
        page = design.page();
        columns = design.columns();
        rows = design.rows();
        widthMm = design.widthMm();
        heightMm = design.heightMm();
        fields = String.join(",", design.fields());
        symbologies = String.join(",", design.symbologies());
        digitalLinkBase = design.digitalLinkBase();
        showCompany = design.showCompany();
        updatedAt = now;
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    LabelDesign design() {
        return new LabelDesign(
                name,
                page,
                columns,
                rows,
                widthMm,
                heightMm,
                split(fields),
                split(symbologies),
                digitalLinkBase,
                showCompany);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
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

    long version() {
        return version;
    }
}
