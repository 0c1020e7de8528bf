package dev.procura.traceability;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.traceability.TraceabilityViews.IssueView;
import dev.procura.traceability.TraceabilityViews.MovementView;
import dev.procura.traceability.TraceabilityViews.SerialView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Serial numbers by hand: made, listed, read with their movements, changed, issued. */
@ApplicationScoped
public class SerialNumberService {

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
    LotService lots;

    @Inject
    GoodsIssues issues;

    public SerialView create(TraceabilityRequests.NewSerial request) {
        return tenantData.call(tx -> {
            plants.requirePlacement(tx, request.plantId());
            ledger.requireItem(tx, request.itemCode(), "item_code");
            lots.requireSupplier(tx, request.supplierId());
            if (request.lotId() != null) {
                Lot lot = tx.em().find(Lot.class, request.lotId());
                if (lot == null || !lot.itemCode().equals(request.itemCode())) {
                    throw new Failure.InvalidInput("lot_id", "no lot of item " + request.itemCode() + " has this id");
                }
                if (!Objects.equals(lot.plantId(), request.plantId())) {
                    throw new Failure.InvalidInput("lot_id", "the lot is at another plant");
                }
            }
            String number = lots.number(tx, request.itemCode(), request.number(), StockLedger.SERIAL, "number");
            SerialNumber serial = ledger.newSerial(
                    tx, request.itemCode(), number, request.lotId(), request.plantId(), request.expiresOn());
            serial.origin(request.supplierId(), request.supplierLot(), null);
            events.serial(tx, "serial_number.created", serial);
            return SerialView.of(serial, List.of());
        });
    }

    public Page<SerialView> list(TraceabilityRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            PlantScope scope = plants.readable();
            if (scope.isEmpty()) {
                return new Page<>(List.of(), page, perPage, 0);
            }
            TraceabilityRepository.Filter within = new TraceabilityRepository.Filter(
                    filter.itemCode(), filter.status(), filter.supplierLot(), filter.plantId(), filter.q(), scope);
            return new Page<>(
                    repository.list(tx.em(), SerialNumber.class, within, sort, (page - 1) * perPage, perPage).stream()
                            .map(s -> SerialView.of(s, null))
                            .toList(),
                    page,
                    perPage,
                    repository.count(tx.em(), SerialNumber.class, within));
        });
    }

    public SerialView get(UUID id) {
        return tenantData.call(tx -> view(tx, plants.readableSerial(tx.em(), id)));
    }

    public SerialView change(UUID id, TraceabilityRequests.Change request) {
        UnitStatus next = LotService.status(request.status());
        return tenantData.call(tx -> {
            SerialNumber serial = plants.writableSerial(tx.em(), id);
            if (!serial.status().mayBeSetTo(next)) {
                throw new Failure.InvalidTransition(
                        "Serial number " + serial.number(), serial.status().code(), "made " + next.code());
            }
            serial.change(next, request.expiresOn(), tx.now());
            events.serial(tx, "serial_number.changed", serial);
            return view(tx, serial);
        });
    }

    public IssueView issue(UUID id, TraceabilityRequests.Issue request) {
        return tenantData.call(tx -> {
            SerialNumber serial = plants.writableSerial(tx.em(), id);
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = issues.check(tx, request, errors);
            if (request.quantity() != null && request.quantity().compareTo(BigDecimal.ONE) != 0) {
                errors.add(new FieldError("quantity", "a serial number is one unit: leave it out or give 1"));
            }
            GoodsIssues.throwIfAny(errors);
            GoodsIssues.requireAvailable(
                    "Serial number " + serial.number(), serial.status(), serial.isExpiredOn(on), serial.expiresOn());
            StockMovement.Document document = issues.document(tx);
            ledger.move(
                    tx, StockMovement.Kind.SHIPPED, serial, document, request.customerId(), on, request.reference());
            serial.moved(UnitStatus.SHIPPED, tx.now());
            ledger.takeFromLotOf(tx, serial, UnitStatus.SHIPPED);
            var data = TraceabilityEvents.serialData(serial);
            data.put("issue_id", document.id());
            data.put("issue_number", document.number());
            data.put("customer_id", request.customerId());
            events.publish(tx, "serial_number.issued", serial.id(), data);
            return new IssueView(
                    document.id(),
                    document.number(),
                    serial.id(),
                    StockLedger.SERIAL,
                    request.customerId(),
                    BigDecimal.ONE,
                    request.reference(),
                    on,
                    BigDecimal.ZERO,
                    serial.status().code());
        });
    }

    private SerialView view(TenantTx tx, SerialNumber serial) {
        return SerialView.of(
                serial,
                repository.movements(tx.em(), serial.id()).stream()
                        .map(MovementView::of)
                        .toList());
    }
}
