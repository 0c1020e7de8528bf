package dev.procura.traceability;

import dev.procura.customers.CustomerFacts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.traceability.TraceabilityViews.AffectedCustomer;
import dev.procura.traceability.TraceabilityViews.AffectedIssue;
import dev.procura.traceability.TraceabilityViews.AffectedUnit;
import dev.procura.traceability.TraceabilityViews.AffectedWorkOrder;
import dev.procura.traceability.TraceabilityViews.QuarantineView;
import dev.procura.traceability.TraceabilityViews.RecallCriteria;
import dev.procura.traceability.TraceabilityViews.RecallFindings;
import dev.procura.traceability.TraceabilityViews.RecallView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Recall simulations: every unit made from the lot, serial number or supplier lot named (forward,
 * as deep as genealogy goes), the work orders that used them, the issues and customers they
 * reached, and what is still in stock against what was shipped; saved with the result. Quarantine
 * puts every affected unit still available into quarantine, in one transaction.
 */
@ApplicationScoped
public class RecallService {

    static final int DEPTH = 50;

    private static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Inject
    TenantTransactions tenantData;

    @Inject
    TraceabilityRepository repository;

    @Inject
    GenealogyRepository genealogy;

    @Inject
    TraceabilityPlants plants;

    @Inject
    CustomerFacts customers;

    @Inject
    TraceabilityEvents events;

    public RecallView simulate(TraceabilityRequests.Recall request) {
        int named = (request.lot() == null ? 0 : 1)
                + (request.serial() == null ? 0 : 1)
                + (request.supplierLot() == null ? 0 : 1);
        if (named != 1) {
            throw new Failure.InvalidInput("lot", "give one of lot, serial or supplier_lot");
        }
        if (request.supplierId() != null && request.supplierLot() == null) {
            throw new Failure.InvalidInput("supplier_id", "goes with supplier_lot only");
        }
        return tenantData.call(tx -> {
            plants.requireTenantWideRead();
            Set<UUID> starts = starts(tx, request);
            if (starts.isEmpty()) {
                throw new Failure.NotFound("No lot or serial number matches the recall");
            }
            Set<UUID> affected = new LinkedHashSet<>(starts);
            genealogy.forward(tx.em(), starts, DEPTH).forEach(l -> affected.add(l.to()));
            RecallFindings findings = findings(tx, affected);
            RecallCriteria criteria = new RecallCriteria(
                    request.lot(), request.serial(), request.supplierLot(), request.supplierId(), request.itemCode());
            RecallSimulation simulation = new RecallSimulation(
                    UUID.randomUUID(), JSON.toJson(criteria), JSON.toJson(findings), tx.actor(), tx.now());
            tx.em().persist(simulation);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("recall_simulation_id", simulation.id());
            data.put("criteria", criteria);
            data.put("units", findings.units().size());
            data.put("customers", findings.customers().size());
            data.put("in_stock", findings.inStock());
            data.put("shipped", findings.shipped());
            events.publish(tx, "recall.simulated", simulation.id(), data);
            return view(simulation);
        });
    }

    private Set<UUID> starts(TenantTx tx, TraceabilityRequests.Recall request) {
        Set<UUID> starts = new LinkedHashSet<>();
        if (request.lot() != null) {
            repository.lotsNumbered(tx.em(), request.lot(), request.itemCode()).forEach(l -> starts.add(l.id()));
        } else if (request.serial() != null) {
            repository
                    .serialsNumbered(tx.em(), request.serial(), request.itemCode())
                    .forEach(s -> starts.add(s.id()));
        } else {
            List<Lot> lots = repository.lotsOfSupplierLot(
                    tx.em(), request.supplierLot(), request.supplierId(), request.itemCode());
            lots.forEach(l -> starts.add(l.id()));
            repository
                    .serialsOfSupplierLot(tx.em(), request.supplierLot(), request.supplierId(), request.itemCode())
                    .forEach(s -> starts.add(s.id()));
        }
        List<UUID> lotIds =
                repository.lots(tx.em(), starts).stream().map(Lot::id).toList();
        repository.serialsOfLots(tx.em(), lotIds).forEach(s -> starts.add(s.id()));
        return starts;
    }

    private RecallFindings findings(TenantTx tx, Set<UUID> affected) {
        List<StockMovement> movements = repository.movementsOf(tx.em(), affected);
        Map<UUID, BigDecimal> shippedByUnit = new LinkedHashMap<>();
        Map<UUID, AffectedWorkOrder> workOrders = new LinkedHashMap<>();
        List<StockMovement> shipments = new ArrayList<>();
        for (StockMovement m : movements) {
            if (m.kind().equals("shipped")) {
                shippedByUnit.merge(m.unitId(), m.quantity(), BigDecimal::add);
                shipments.add(m);
            } else if ("work_order".equals(m.documentType())) {
                workOrders.putIfAbsent(m.documentId(), new AffectedWorkOrder(m.documentId(), m.documentNumber()));
            }
        }
        List<AffectedUnit> units = new ArrayList<>();
        Map<UUID, AffectedUnit> byId = new LinkedHashMap<>();
        for (Lot lot : repository.lots(tx.em(), affected)) {
            AffectedUnit unit = new AffectedUnit(
                    lot.id(),
                    StockLedger.LOT,
                    lot.number(),
                    lot.itemCode(),
                    lot.plantId(),
                    lot.status().code(),
                    lot.unit(),
                    lot.quantity(),
                    shippedByUnit.getOrDefault(lot.id(), BigDecimal.ZERO));
            units.add(unit);
            byId.put(lot.id(), unit);
        }
        for (SerialNumber s : repository.serials(tx.em(), affected)) {
            boolean inStock = s.status() == UnitStatus.AVAILABLE || s.status() == UnitStatus.QUARANTINED;
            AffectedUnit unit = new AffectedUnit(
                    s.id(),
                    StockLedger.SERIAL,
                    s.number(),
                    s.itemCode(),
                    s.plantId(),
                    s.status().code(),
                    null,
                    inStock ? BigDecimal.ONE : BigDecimal.ZERO,
                    shippedByUnit.getOrDefault(s.id(), BigDecimal.ZERO));
            units.add(unit);
            byId.put(s.id(), unit);
        }
        Map<UUID, BigDecimal> shippedTo = new LinkedHashMap<>();
        List<AffectedIssue> issues = new ArrayList<>();
        for (StockMovement m : shipments) {
            AffectedUnit unit = byId.get(m.unitId());
            issues.add(new AffectedIssue(
                    m.documentId(),
                    m.unitId(),
                    m.itemCode(),
                    unit == null ? null : unit.number(),
                    m.partyId(),
                    m.quantity(),
                    m.reference(),
                    m.movedOn()));
            if (m.partyId() != null) {
                shippedTo.merge(m.partyId(), m.quantity(), BigDecimal::add);
            }
        }
        List<AffectedCustomer> reached = customers.summaries(tx, shippedTo.keySet()).values().stream()
                .map(c -> new AffectedCustomer(c.id(), c.code(), c.legalName(), shippedTo.get(c.id())))
                .toList();
        return new RecallFindings(
                units,
                new ArrayList<>(workOrders.values()),
                issues,
                reached,
                units.stream().map(AffectedUnit::inStock).reduce(BigDecimal.ZERO, BigDecimal::add),
                units.stream().map(AffectedUnit::shipped).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public Page<RecallView> list(int page, int perPage) {
        plants.requireTenantWideRead();
        return tenantData.call(tx -> new Page<>(
                repository.recalls(tx.em(), (page - 1) * perPage, perPage).stream()
                        .map(RecallService::view)
                        .toList(),
                page,
                perPage,
                repository.countRecalls(tx.em())));
    }

    public RecallView get(UUID id) {
        plants.requireTenantWideRead();
        return tenantData.call(tx -> view(existing(tx, id, false)));
    }

    /** Every affected unit still available goes into quarantine; a second call finds none left to change. */
    public QuarantineView quarantine(UUID id) {
        plants.requireTenantWideRead();
        return tenantData.call(tx -> {
            RecallSimulation simulation = existing(tx, id, true);
            RecallFindings findings = JSON.fromJson(simulation.result(), RecallFindings.class);
            Set<UUID> ids = new LinkedHashSet<>();
            findings.units().forEach(u -> ids.add(u.id()));
            List<AffectedUnit> changed = new ArrayList<>();
            for (Lot lot : repository.lots(tx.em(), ids)) {
                tx.em().lock(lot, LockModeType.PESSIMISTIC_WRITE);
                if (lot.status() == UnitStatus.AVAILABLE) {
                    plants.requireWritable(lot.plantId());
                    lot.change(UnitStatus.QUARANTINED, lot.expiresOn(), tx.now());
                    changed.add(new AffectedUnit(
                            lot.id(),
                            StockLedger.LOT,
                            lot.number(),
                            lot.itemCode(),
                            lot.plantId(),
                            lot.status().code(),
                            lot.unit(),
                            lot.quantity(),
                            null));
                }
            }
            for (SerialNumber serial : repository.serials(tx.em(), ids)) {
                tx.em().lock(serial, LockModeType.PESSIMISTIC_WRITE);
                if (serial.status() == UnitStatus.AVAILABLE) {
                    plants.requireWritable(serial.plantId());
                    serial.change(UnitStatus.QUARANTINED, serial.expiresOn(), tx.now());
                    changed.add(new AffectedUnit(
                            serial.id(),
                            StockLedger.SERIAL,
                            serial.number(),
                            serial.itemCode(),
                            serial.plantId(),
                            serial.status().code(),
                            null,
                            BigDecimal.ONE,
                            null));
                }
            }
            if (!changed.isEmpty()) {
                simulation.quarantined(tx.now());
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("recall_simulation_id", simulation.id());
                data.put(
                        "quarantined",
                        changed.stream()
                                .map(u -> Map.of(
                                        "id",
                                        u.id(),
                                        "kind",
                                        u.kind(),
                                        "number",
                                        u.number(),
                                        "item_code",
                                        u.itemCode()))
                                .toList());
                events.publish(tx, "recall.quarantined", simulation.id(), data);
            }
            return new QuarantineView(simulation.id(), changed);
        });
    }

    private static RecallSimulation existing(TenantTx tx, UUID id, boolean lock) {
        RecallSimulation simulation = lock
                ? tx.em().find(RecallSimulation.class, id, LockModeType.PESSIMISTIC_WRITE)
                : tx.em().find(RecallSimulation.class, id);
        if (simulation == null) {
            throw new Failure.NotFound("No recall simulation " + id + " in this tenant");
        }
        return simulation;
    }

    private static RecallView view(RecallSimulation s) {
        return new RecallView(
                s.id(),
                JSON.fromJson(s.criteria(), RecallCriteria.class),
                JSON.fromJson(s.result(), RecallFindings.class),
                s.createdBy(),
                s.createdAt(),
                s.quarantinedAt());
    }
}
