package dev.procura.customfields;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A custom field of one entity type. Archived (values kept, hidden) when deleted while records hold
 * values; its key stays taken so an archived field can come back with its values.
 */
@Entity
@Table(name = "custom_field_definitions")
public class CustomFieldDefinition {

    @Id
    private UUID id;

    @Column(name = "entity_type")
    private String entityType;

    private String key;
    private String label;
    private String type;
    private boolean required;

    /** The default as normalised JSON. */
    @Column(name = "default_value")
    private String defaultValue;

    @Column(name = "min_value")
    private BigDecimal min;

    @Column(name = "max_value")
    private BigDecimal max;

    private String pattern;

    @Column(name = "help_text")
    private String helpText;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active;
    private boolean indexed;

    @Column(name = "type_list")
    private String typeList;

    @Column(name = "ref_entity_type")
    private String refEntityType;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CustomFieldDefinition() {}

    CustomFieldDefinition(String entityType, String key, FieldType type, Instant now) {
        this.id = UUID.randomUUID();
        this.entityType = entityType;
        this.key = key;
        this.type = type.wireName();
        this.createdAt = now;
    }

    /** Everything a change may set; entity type, key and type are fixed at creation. */
    record Settings(
            String label,
            boolean required,
            String defaultJson,
            BigDecimal min,
            BigDecimal max,
            String pattern,
            String helpText,
            int sortOrder,
            boolean active,
            boolean indexed,
            String typeList,
            String refEntityType) {}

    void configure(Settings settings, Instant now) {
        this.label = settings.label();
        this.required = settings.required();
        this.defaultValue = settings.defaultJson();
        this.min = settings.min();
        this.max = settings.max();
        this.pattern = settings.pattern();
        this.helpText = settings.helpText();
        this.sortOrder = settings.sortOrder();
        this.active = settings.active();
        this.indexed = settings.indexed();
        this.typeList = settings.typeList();
        this.refEntityType = settings.refEntityType();
        if (settings.active()) {
            this.archivedAt = null;
        }
        this.updatedAt = now;
    }

    void archive(Instant now) {
        this.active = false;
        this.indexed = false;
        this.archivedAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public FieldType type() {
        return FieldType.valueOf(type.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean required() {
        return required;
    }

    public String defaultJson() {
        return defaultValue;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public String pattern() {
        return pattern;
    }

    public String helpText() {
        return helpText;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }

    public boolean indexed() {
        return indexed;
    }

    public String typeList() {
        return typeList;
    }

    public String refEntityType() {
        return refEntityType;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** The name of the field's expression index: from its id, so a key of any length fits 63 characters. */
    String indexName(String table) {
        return "cf_" + table + "_" + id.toString().replace("-", "").substring(0, 16);
    }
}
