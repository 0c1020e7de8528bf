package dev.procura.traceability;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.traceability.TraceabilityViews.IssueView;
import dev.procura.traceability.TraceabilityViews.LotView;
import dev.procura.traceability.TraceabilityViews.MovementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Lots by hand: made (a stock take, an opening balance), listed, read with their movements, changed, issued. */
@ApplicationScoped
public class LotService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TraceabilityRepository repository;

    @Inject
    StockLedger ledger;

    @Inject
    TraceabilityPlants plants;

    @Inject
    TraceabilityEvents events;

    @Inject
    SupplierFacts suppliers;

    @Inject
    GoodsIssues issues;

    public LotView create(TraceabilityRequests.NewLot request) {
        return tenantData.call(tx -> {
            plants.requirePlacement(tx, request.plantId());
            String unit =
                    ledger.requireItem(tx, request.itemCode(), "item_code").baseUnit();
            requireSupplier(tx, request.supplierId());
            String number = number(tx, request.itemCode(), request.number(), StockLedger.LOT, "number");
            Lot lot = ledger.newLot(
                    tx, request.itemCode(), number, request.plantId(), request.unit() == null ? unit : request.unit());
            lot.origin(request.supplierId(), request.supplierLot(), null, request.expiresOn());
            lot.add(request.quantity(), tx.now());
            events.lot(tx, "lot.created", lot);
            return LotView.of(lot, List.of());
        });
    }

    /** The number given (fit for a GS1 rule) or the rule's next; neither is a 400 on {@code field}. */
    String number(TenantTx tx, String itemCode, String given, String kind, String field) {
        if (given != null) {
            String problem = ledger.problemWithNumber(tx, itemCode, kind, given);
            if (problem != null) {
                throw new Failure.InvalidInput(field, problem);
            }
            return given;
        }
        return ledger.nextNumber(tx, itemCode, kind, tx.today())
                .orElseThrow(() -> new Failure.InvalidInput(
                        field, "item " + itemCode + " has no " + kind + " numbering rule: give the number"));
    }

    void requireSupplier(TenantTx tx, UUID supplierId) {
        if (supplierId != null && suppliers.summaries(tx, Set.of(supplierId)).isEmpty()) {
            throw new Failure.InvalidInput("supplier_id", "no such supplier in this tenant");
        }
    }

    public Page<LotView> list(TraceabilityRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            PlantScope scope = plants.readable();
            if (scope.isEmpty()) {
                return new Page<>(List.of(), page, perPage, 0);
            }
            TraceabilityRepository.Filter within = new TraceabilityRepository.Filter(
                    filter.itemCode(), filter.status(), filter.supplierLot(), filter.plantId(), filter.q(), scope);
            return new Page<>(
                    repository.list(tx.em(), Lot.class, within, sort, (page - 1) * perPage, perPage).stream()
                            .map(l -> LotView.of(l, null))
                            .toList(),
                    page,
                    perPage,
                    repository.count(tx.em(), Lot.class, within));
        });
    }

    public LotView get(UUID id) {
        return tenantData.call(tx -> view(tx, plants.readableLot(tx.em(), id)));
    }

    public LotView change(UUID id, TraceabilityRequests.Change request) {
        UnitStatus next = status(request.status());
        return tenantData.call(tx -> {
            Lot lot = plants.writableLot(tx.em(), id);
            if (!lot.status().mayBeSetTo(next)) {
                throw new Failure.InvalidTransition(
                        "Lot " + lot.number(), lot.status().code(), "made " + next.code());
            }
            lot.change(next, request.expiresOn(), tx.now());
            events.lot(tx, "lot.changed", lot);
            return view(tx, lot);
        });
    }

    public IssueView issue(UUID id, TraceabilityRequests.Issue request) {
        return tenantData.call(tx -> {
            Lot lot = plants.writableLot(tx.em(), id);
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = issues.check(tx, request, errors);
            if (request.quantity() == null) {
                errors.add(new FieldError("quantity", "must not be null"));
            } else if (request.quantity().compareTo(lot.quantity()) > 0) {
                errors.add(new FieldError(
                        "quantity",
                        "exceeds the " + lot.quantity().stripTrailingZeros().toPlainString() + " " + lot.unit()
                                + " on hand in lot " + lot.number()));
            }
            GoodsIssues.throwIfAny(errors);
            GoodsIssues.requireAvailable("Lot " + lot.number(), lot.status(), lot.isExpiredOn(on), lot.expiresOn());
            StockMovement.Document document = issues.document(tx);
            StockMovement movement = ledger.move(
                    tx,
                    StockMovement.Kind.SHIPPED,
                    lot,
                    request.quantity(),
                    document,
                    request.customerId(),
                    on,
                    request.reference());
            lot.take(request.quantity(), UnitStatus.SHIPPED, tx.now());
            var data = TraceabilityEvents.lotData(lot);
            data.put("issue_id", document.id());
            data.put("issue_number", document.number());
            data.put("customer_id", request.customerId());
            data.put("issued_quantity", request.quantity());
            events.publish(tx, "lot.issued", lot.id(), data);
            return new IssueView(
                    document.id(),
                    document.number(),
                    lot.id(),
                    StockLedger.LOT,
                    request.customerId(),
                    movement.quantity(),
                    request.reference(),
                    on,
                    lot.quantity(),
                    lot.status().code());
        });
    }

    static UnitStatus status(String code) {
        return UnitStatus.of(code)
                .orElseThrow(() -> new Failure.InvalidInput(
                        "status", "must be one of available, quarantined, consumed, shipped, recalled"));
    }

    private LotView view(TenantTx tx, Lot lot) {
        return LotView.of(
                lot,
                repository.movements(tx.em(), lot.id()).stream()
                        .map(MovementView::of)
                        .toList());
    }
}
