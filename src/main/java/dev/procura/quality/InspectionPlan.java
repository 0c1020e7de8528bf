package dev.procura.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What to check on an item at receipt or at one operation: its characteristics, in order. */
@Entity
@Table(name = "inspection_plans")
public class InspectionPlan {

    static final String RECEIPT = "receipt";
    static final String OPERATION = "operation";

    @Id
    private UUID id;

    @Column(name = "item_code")
    private String itemCode;

    private String scope;
    private String operation;
    private String name;
    private boolean active;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_characteristics", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Characteristic> characteristics = new ArrayList<>();

    protected InspectionPlan() {}

    InspectionPlan(UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = Stamps.of(now);
    }

    /** Takes the request in full; a characteristic whose code the plan had keeps its id. */
    void describe(InspectionPlanRequests.Define request, Instant now) {
        Map<String, UUID> kept = characteristics.stream()
                .collect(Collectors.toMap(Characteristic::code, Characteristic::id, (a, b) -> a));
        this.itemCode = request.itemCode();
        this.scope = request.scope();
        this.operation = OPERATION.equals(request.scope()) ? request.operation() : null;
        this.name = request.name();
        this.active = request.activeOrDefault();
        List<Characteristic> described = new ArrayList<>();
        for (InspectionPlanRequests.CharacteristicRequest c : request.characteristics()) {
            described.add(new Characteristic(kept.getOrDefault(c.code(), UUID.randomUUID()), c));
        }
        this.characteristics.clear();
        this.characteristics.addAll(described);
        this.updatedAt = Stamps.of(now);
    }

    /** The ids of characteristics the plan had that the request drops. */
    List<UUID> droppedBy(InspectionPlanRequests.Define request) {
        List<String> codes = request.characteristics().stream()
                .map(InspectionPlanRequests.CharacteristicRequest::code)
                .toList();
        return characteristics.stream()
                .filter(c -> !codes.contains(c.code()))
                .map(Characteristic::id)
                .toList();
    }

    Optional<Characteristic> characteristic(String code) {
        return characteristics.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Map<UUID, Characteristic> characteristicsById() {
        return characteristics.stream().collect(Collectors.toMap(Characteristic::id, Function.identity()));
    }

    public UUID id() {
        return id;
    }

    public String itemCode() {
        return itemCode;
    }

    public String scope() {
        return scope;
    }

    public String operation() {
        return operation;
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
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

    public List<Characteristic> characteristics() {
        return characteristics;
    }
}
