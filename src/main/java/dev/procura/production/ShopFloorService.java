package dev.procura.production;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.traceability.StockUnits;
import dev.procura.production.ProductionViews.ConfirmationView;
import dev.procura.production.ProductionViews.ConsumptionView;
import dev.procura.production.ProductionViews.DowntimeView;
import dev.procura.production.ProductionViews.OutputView;
import dev.procura.typelists.TypeListFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the shop floor reports against a released or running work order: operation
 * confirmations, downtime, components consumed and output made. Lots and serial numbers move
 * through the traceability capability in the same transaction, so a refused lot refuses the report.
 */
@ApplicationScoped
public class ShopFloorService {

    static final String DOWNTIME_REASONS = "downtime_reason";

    @Inject
    TenantTransactions tenantData;

    @Inject
    WorkOrderRepository orders;

    @Inject
    WorkOrderPlants plants;

    @Inject
    WorkOrderService workOrders;

    @Inject
    TypeListFacts typeLists;

    @Inject
    StockUnits stock;

    public ConfirmationView confirm(Caller caller, UUID id, ProductionRequests.Confirm request) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            Operation operation = operation(order, request.sequence());
            LocalDate on = notAfterToday(tx, request.confirmedOn(), "confirmed_on");
            BigDecimal out = request.passedFirstTime().add(request.reworked()).add(request.scrapped());
            if (out.compareTo(request.quantityIn()) != 0) {
                throw new Failure.InvalidInput(
                        "quantity_in",
                        "must equal passed_first_time + reworked + scrapped ("
                                + out.stripTrailingZeros().toPlainString() + ")");
            }
            order.report("confirmed", tx.now());
            Confirmation confirmation = new Confirmation(order, operation, request, on, caller.userId(), tx.now());
            tx.em().persist(confirmation);
            workOrders.publish(
                    tx,
                    caller,
                    "work_order.confirmed",
                    order,
                    Map.of("sequence", operation.sequence(), "quantity_in", request.quantityIn()));
            return ConfirmationView.of(confirmation);
        });
    }

    public DowntimeView stop(Caller caller, UUID id, ProductionRequests.Stoppage request) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            Operation operation = operation(order, request.sequence());
            LocalDate on = notAfterToday(tx, request.occurredOn(), "occurred_on");
            Set<String> reasons = typeLists
                    .activeCodes(tx, DOWNTIME_REASONS)
                    .orElseThrow(() -> new Failure.InvalidInput(
                            "reason", "the tenant has no type list " + DOWNTIME_REASONS + " to take reasons from"));
            if (!reasons.contains(request.reason())) {
                throw new Failure.InvalidInput("reason", "not an active value of the type list " + DOWNTIME_REASONS);
            }
            order.report("downtime", tx.now());
            Downtime downtime = new Downtime(order.id(), operation, request, on, caller.userId(), tx.now());
            tx.em().persist(downtime);
            workOrders.publish(
                    tx,
                    caller,
                    "work_order.downtime_recorded",
                    order,
                    Map.of("sequence", operation.sequence(), "reason", request.reason(), "minutes", request.minutes()));
            return DowntimeView.of(downtime);
        });
    }

    public List<ConsumptionView> consume(Caller caller, UUID id, ProductionRequests.Consume request) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            LocalDate on = notAfterToday(tx, request.consumedOn(), "consumed_on");
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < request.components().size(); i++) {
                ProductionRequests.Component c = request.components().get(i);
                if (c.serialNumber() != null && c.quantity().compareTo(BigDecimal.ONE) != 0) {
                    errors.add(new FieldError("components[" + i + "].quantity", "a serial number is one unit"));
                }
            }
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            order.report("consumption", tx.now());
            stock.consume(
                    tx,
                    document(order),
                    on,
                    request.components().stream()
                            .map(c -> new StockUnits.Consumed(
                                    c.itemCode(), c.lotNumber(), c.serialNumber(), c.quantity()))
                            .toList(),
                    "components");
            List<ConsumptionView> consumed = new ArrayList<>();
            for (ProductionRequests.Component component : request.components()) {
                Consumption row = new Consumption(order.id(), component, on, caller.userId(), tx.now());
                tx.em().persist(row);
                consumed.add(ConsumptionView.of(row));
            }
            workOrders.publish(tx, caller, "work_order.consumed", order, Map.of("components", consumed.size()));
            return consumed;
        });
    }

    public OutputView produce(Caller caller, UUID id, ProductionRequests.Produce request) {
        return tenantData.call(tx -> {
            WorkOrder order = plants.writable(tx.em(), id);
            LocalDate on = notAfterToday(tx, request.producedOn(), "produced_on");
            BigDecimal scrap = request.scrapQuantity() == null ? BigDecimal.ZERO : request.scrapQuantity();
            List<String> serials = request.serialNumbers() == null ? List.of() : request.serialNumbers();
            if (request.goodQuantity().signum() == 0 && scrap.signum() == 0) {
                throw new Failure.InvalidInput("good_quantity", "good or scrap quantity must be above 0");
            }
            if (!serials.isEmpty() && request.goodQuantity().compareTo(BigDecimal.valueOf(serials.size())) != 0) {
                throw new Failure.InvalidInput(
                        "serial_numbers", "one per good unit: " + serials.size() + " for " + request.goodQuantity());
            }
            order.report("output", tx.now());
            String lot = request.lotNumber();
            if (request.goodQuantity().signum() > 0) {
                List<StockUnits.Unit> made = stock.produce(
                        tx,
                        document(order),
                        on,
                        new StockUnits.Produced(
                                order.itemCode(), request.goodQuantity(), lot, serials, request.expiresOn()),
                        "");
                lot = made.stream()
                        .filter(u -> "lot".equals(u.kind()))
                        .map(StockUnits.Unit::number)
                        .findFirst()
                        .orElse(lot);
            }
            order.produced(request.goodQuantity(), scrap);
            Output output =
                    new Output(order.id(), request.goodQuantity(), scrap, lot, serials, on, caller.userId(), tx.now());
            tx.em().persist(output);
            workOrders.publish(
                    tx,
                    caller,
                    "work_order.output_recorded",
                    order,
                    Map.of("good_quantity", request.goodQuantity(), "scrap_quantity", scrap));
            return OutputView.of(output);
        });
    }

    public List<ConfirmationView> confirmations(UUID id) {
        return reports(id, Confirmation.class, "createdAt", ConfirmationView::of);
    }

    public List<DowntimeView> downtimes(UUID id) {
        return reports(id, Downtime.class, "createdAt", DowntimeView::of);
    }

    public List<ConsumptionView> consumptions(UUID id) {
        return reports(id, Consumption.class, "createdAt", ConsumptionView::of);
    }

    public List<OutputView> outputs(UUID id) {
        return reports(id, Output.class, "createdAt", OutputView::of);
    }

    private <T, V> List<V> reports(UUID id, Class<T> type, String order, Function<T, V> view) {
        return tenantData.call(tx -> {
            plants.readable(tx.em(), id);
            return orders.of(tx.em(), type, id, order).stream().map(view).toList();
        });
    }

    private static Operation operation(WorkOrder order, int sequence) {
        return order.operation(sequence)
                .orElseThrow(() -> new Failure.InvalidInput(
                        "sequence", "work order " + order.number() + " has no operation " + sequence));
    }

    private static LocalDate notAfterToday(TenantTx tx, LocalDate given, String field) {
        if (given == null) {
            return tx.today();
        }
        if (given.isAfter(tx.today())) {
            throw new Failure.InvalidInput(field, "must not be after today (" + tx.today() + ")");
        }
        return given;
    }

    private static StockUnits.Document document(WorkOrder order) {
        return new StockUnits.Document("work_order", order.id(), order.number(), order.plantId());
    }
}
