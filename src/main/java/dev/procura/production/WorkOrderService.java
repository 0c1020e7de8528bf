package dev.procura.production;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.production.ProductionViews.WorkOrderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Work orders: planned, changed while planned, released to the shop floor, completed or cancelled. */
@ApplicationScoped
public class WorkOrderService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    WorkOrderRepository orders;

    @Inject
    WorkOrderPlants plants;

    @Inject
    DocumentNumbers numbers;

    @Inject
    ItemCosts items;

    @Inject
    TenantOutbox outbox;

    public WorkOrderView create(Caller caller, ProductionRequests.Define request) {
        return tenantData.call(tx -> {
            plants.requirePlacement(tx, request.plantId(), null);
            String unit = checked(tx, request);
            WorkOrder order = new WorkOrder(numbers.next(tx.em(), "work_order", "WO-"), caller.userId(), tx.now());
            plan(tx, order, request, unit);
            tx.em().persist(order);
            publish(tx, caller, "work_order.created", order, Map.of());
            return WorkOrderView.of(order);
        });
    }

    public WorkOrderView change(Caller caller, UUID id, ProductionRequests.Define request) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            order.requirePlanned("changed");
            plants.requirePlacement(tx, request.plantId(), order.plantId());
            plan(tx, order, request, checked(tx, request));
            publish(tx, caller, "work_order.changed", order, Map.of());
            return WorkOrderView.of(order);
        });
    }

    public WorkOrderView get(UUID id) {
        return tenantData.call(tx -> WorkOrderView.of(plants.readable(tx.em(), id)));
    }

    public Page<WorkOrderView> list(WorkOrderRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            PlantScope scope = plants.readable();
            if (scope.isEmpty()) {
                return new Page<>(List.of(), page, perPage, 0);
            }
            WorkOrderRepository.Filter visible = new WorkOrderRepository.Filter(
                    filter.status(), filter.itemCode(), filter.plantId(), filter.q(), scope);
            return new Page<>(
                    orders.list(tx.em(), visible, sort, (page - 1) * perPage, perPage).stream()
                            .map(WorkOrderView::of)
                            .toList(),
                    page,
                    perPage,
                    orders.count(tx.em(), visible));
        });
    }

    /** Releases the order to the shop floor; quality makes the operations' inspections from the event. */
    public WorkOrderView release(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            order.release(tx.now());
            List<Map<String, Object>> operations = new ArrayList<>();
            for (Operation op : order.operations()) {
                operations.add(Map.of("sequence", op.sequence(), "code", op.code(), "work_centre", op.workCentre()));
            }
            publish(tx, caller, "work_order.released", order, Map.of("operations", operations));
            return WorkOrderView.of(order);
        });
    }

    public WorkOrderView complete(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            order.complete(tx.now());
            publish(tx, caller, "work_order.completed", order, Map.of());
            return WorkOrderView.of(order);
        });
    }

    public WorkOrderView cancel(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            order.cancel(tx.now());
            publish(tx, caller, "work_order.cancelled", order, Map.of());
            return WorkOrderView.of(order);
        });
    }

    /** The item exists, dates run forward and sequences are unique; the item's base unit, which quantities are in. */
    private String checked(TenantTx tx, ProductionRequests.Define request) {
        List<FieldError> errors = new ArrayList<>();
        ItemCosts.ItemCost item = items.of(tx, List.of(request.itemCode())).get(request.itemCode());
        if (item == null) {
            errors.add(new FieldError("item_code", "no item " + request.itemCode() + " in the item master"));
        }
        if (request.plannedEnd().isBefore(request.plannedStart())) {
            errors.add(new FieldError("planned_end", "must not be before planned_start"));
        }
        Set<Integer> sequences = new HashSet<>();
        for (int i = 0; i < request.operations().size(); i++) {
            if (!sequences.add(request.operations().get(i).sequence())) {
                errors.add(new FieldError("operations[" + i + "].sequence", "appears twice in the routing"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return item.baseUnit();
    }

    private static void plan(TenantTx tx, WorkOrder order, ProductionRequests.Define request, String unit) {
        List<Operation> operations = request.operations().stream()
                .sorted((a, b) -> Integer.compare(a.sequence(), b.sequence()))
                .map(o -> new Operation(
                        o.sequence(),
                        o.code(),
                        o.name(),
                        o.workCentre(),
                        o.plannedCycleSeconds(),
                        o.plannedRunMinutes()))
                .toList();
        order.plan(
                request.itemCode(),
                request.quantity(),
                unit,
                request.plantId(),
                request.plannedStart(),
                request.plannedEnd(),
                request.notes(),
                operations,
                tx.now());
    }

    /** The order's facts every work order event carries, plus {@code extra}. */
    void publish(TenantTx tx, Caller caller, String type, WorkOrder order, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("work_order_id", order.id());
        data.put("number", order.number());
        data.put("item_code", order.itemCode());
        data.put("quantity", order.quantity());
        if (order.plantId() != null) {
            data.put("plant_id", order.plantId());
        }
        data.put("status", WorkOrder.MACHINE.column(order.status()));
        data.putAll(extra);
        outbox.publish(tx, type, order.id().toString(), caller.userId(), data);
    }
}
