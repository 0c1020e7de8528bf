package dev.procura.traceability;

import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.traceability.StockUnitLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lots and serial numbers found by number or id, for labels and scans. */
@ApplicationScoped
public class StockUnitDirectory implements StockUnitLookup {

    @Inject
    TraceabilityRepository units;

    @Override
    public List<Found> lots(TenantTx tx, String itemCode, String lotNumber) {
        return units.lotsNumbered(tx.em(), lotNumber, itemCode).stream()
                .map(StockUnitDirectory::found)
                .toList();
    }

    @Override
    public List<Found> serials(TenantTx tx, String itemCode, String serialNumber) {
        return units.serialsNumbered(tx.em(), serialNumber, itemCode).stream()
                .map(serial -> found(tx, serial))
                .toList();
    }

    @Override
    public Optional<Found> byId(TenantTx tx, String kind, UUID id) {
        return switch (kind) {
            case "lot" -> Optional.ofNullable(tx.em().find(Lot.class, id)).map(StockUnitDirectory::found);
            case "serial" ->
                Optional.ofNullable(tx.em().find(SerialNumber.class, id)).map(serial -> found(tx, serial));
            default -> Optional.empty();
        };
    }

    private static Found found(Lot lot) {
        return new Found(
                lot.id(),
                "lot",
                lot.number(),
                lot.itemCode(),
                lot.plantId(),
                lot.status().code(),
                lot.quantity(),
                lot.number(),
                lot.expiresOn());
    }

    private static Found found(TenantTx tx, SerialNumber serial) {
        String lotNumber = serial.lotId() == null
                ? null
                : Optional.ofNullable(tx.em().find(Lot.class, serial.lotId()))
                        .map(Lot::number)
                        .orElse(null);
        return new Found(
                serial.id(),
                "serial",
                serial.number(),
                serial.itemCode(),
                serial.plantId(),
                serial.status().code(),
                BigDecimal.ONE,
                lotNumber,
                serial.expiresOn());
    }
}
