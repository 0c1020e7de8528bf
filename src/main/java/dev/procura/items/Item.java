package dev.procura.items;

import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.persistence.JsonbColumn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An item (material or service) the tenant buys or makes, known by its code. */
@Entity
@Table(name = "items")
public class Item {

    @Id
    private UUID id;

    private String code;
    private String description;
    private String type;

    @Column(name = "base_unit")
    private String baseUnit;

    private String category;

    @Column(name = "default_supplier_id")
    private UUID defaultSupplierId;

    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    @Column(name = "standard_cost_amount")
    private BigDecimal standardCostAmount;

    @Column(name = "standard_cost_currency")
    private String standardCostCurrency;

    @Column(name = "tax_code")
    private String taxCode;

    private String gtin;

    @Column(name = "lot_tracked")
    private boolean lotTracked;

    @Column(name = "serial_tracked")
    private boolean serialTracked;

    @Column(name = "inspection_required")
    private boolean inspectionRequired;

    private boolean active;

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_plants", joinColumns = @JoinColumn(name = "item_id"))
    private List<ItemPlant> plants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_conversions", joinColumns = @JoinColumn(name = "item_id"))
    private List<ItemConversion> conversions = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Item() {}

    Item(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(ItemRequests.Define request, Instant now) {
        this.code = request.code();
        this.description = request.description();
        this.type = request.type();
        this.baseUnit = request.baseUnit();
        this.category = request.category();
        this.defaultSupplierId = request.defaultSupplierId();
        this.leadTimeDays = request.leadTimeDays();
        this.standardCostAmount = request.standardCost() == null
                ? null
                : ItemConversion.scaled(request.standardCost().amount(), 4);
        this.standardCostCurrency =
                request.standardCost() == null ? null : request.standardCost().currency();
        this.taxCode = request.taxCode();
        this.gtin = request.gtin() == null ? null : Gs1.gtin14(request.gtin());
        this.lotTracked = Boolean.TRUE.equals(request.lotTracked());
        this.serialTracked = Boolean.TRUE.equals(request.serialTracked());
        this.inspectionRequired = Boolean.TRUE.equals(request.inspectionRequired());
        this.active = request.isActive();
        List<ItemPlant> newPlants = request.plantsOrEmpty().stream()
                .map(p -> new ItemPlant(p.plantId(), p.reorderPoint(), p.safetyStock()))
                .toList();
        List<ItemConversion> newConversions = request.conversionsOrEmpty().stream()
                .map(c -> new ItemConversion(c.unit(), c.factorToBase()))
                .toList();
        // Replaced only when they differ, so an unchanged item writes no collection rows.
        if (!ItemPlant.same(plants, newPlants)) {
            plants.clear();
            plants.addAll(newPlants);
        }
        if (!ItemConversion.same(conversions, newConversions)) {
            conversions.clear();
            conversions.addAll(newConversions);
        }
        this.updatedAt = now;
    }

    void customFields(String json) {
        this.customFields = json;
    }

    String customFieldsJson() {
        return customFields;
    }

    void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public String type() {
        return type;
    }

    public String baseUnit() {
        return baseUnit;
    }

    public String category() {
        return category;
    }

    public UUID defaultSupplierId() {
        return defaultSupplierId;
    }

    public Integer leadTimeDays() {
        return leadTimeDays;
    }

    public BigDecimal standardCostAmount() {
        return standardCostAmount;
    }

    public String standardCostCurrency() {
        return standardCostCurrency;
    }

    public String taxCode() {
        return taxCode;
    }

    public String gtin() {
        return gtin;
    }

    public boolean isLotTracked() {
        return lotTracked;
    }

    public boolean isSerialTracked() {
        return serialTracked;
    }

    public boolean isInspectionRequired() {
        return inspectionRequired;
    }

    public boolean isActive() {
        return active;
    }

    public List<ItemPlant> plants() {
        return List.copyOf(plants);
    }

    public List<ItemConversion> conversions() {
        return List.copyOf(conversions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
