package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.TargetView;
import dev.procura.platform.masters.ItemIdentities;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.traceability.StockUnitLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a scanned code names. SSCC (AI 00) → a package; GTIN (AI 01) → the item, with AI 10 its lot,
 * with AI 21 its serial number; a plain code → whatever has that number: a shipment, a package (18
 * digits), lots and serial numbers of any item, an item code. A receiving scan also finds lots and
 * serial numbers that inbound shipments underway still bring (not in stock yet). None is unknown;
 * more than one is ambiguous.
 */
@ApplicationScoped
class ScanTargets {

    static final String SHIPMENT = "shipment";
    static final String PACKAGE = "package";
    static final String LOT = "lot";
    static final String SERIAL = "serial";
    static final String ITEM = "item";

    private static final Pattern SSCC = Pattern.compile("\\d{18}");

    @Inject
    ShipmentRepository shipments;

    @Inject
    LogisticsPlants plants;

    @Inject
    ItemIdentities identities;

    @Inject
    StockUnitLookup stock;

    /** The candidates the reading names: none (unknown), one, or several (ambiguous). */
    List<TargetView> resolve(TenantTx tx, ScanReading reading, boolean receiving) {
        if (reading.isPlain()) {
            return plain(tx, reading.code(), receiving);
        }
        Optional<String> sscc = reading.value("00");
        if (sscc.isPresent()) {
            return packageOf(tx, sscc.get()).map(List::of).orElse(List.of());
        }
        Optional<String> gtin = reading.value("01");
        if (gtin.isEmpty()) {
            return List.of();
        }
        List<ItemIdentities.Identity> items = identities.byGtin(tx, gtin.get());
        if (items.size() != 1) {
            return items.stream()
                    .map(i -> new TargetView(ITEM, null, i.itemCode(), i.itemCode(), null))
                    .toList();
        }
        String itemCode = items.get(0).itemCode();
        Optional<String> serial = reading.value("21");
        if (serial.isPresent()) {
            return units(tx, SERIAL, itemCode, serial.get(), receiving);
        }
        Optional<String> lot = reading.value("10");
        if (lot.isPresent()) {
            return units(tx, LOT, itemCode, lot.get(), receiving);
        }
        return List.of(new TargetView(ITEM, null, itemCode, itemCode, null));
    }

    private List<TargetView> units(TenantTx tx, String kind, String itemCode, String number, boolean receiving) {
        List<StockUnitLookup.Found> found =
                kind.equals(LOT) ? stock.lots(tx, itemCode, number) : stock.serials(tx, itemCode, number);
        if (!found.isEmpty()) {
            return found.stream().map(ScanTargets::of).toList();
        }
        if (receiving) {
            boolean expected = !shipments
                    .receivable(
                            tx.em(), itemCode, kind.equals(LOT) ? number : null, kind.equals(SERIAL) ? number : null)
                    .isEmpty();
            if (expected) {
                return List.of(new TargetView(kind, null, number, itemCode, null));
            }
        }
        return List.of();
    }

    private List<TargetView> plain(TenantTx tx, String code, boolean receiving) {
        Map<String, TargetView> found = new LinkedHashMap<>();
        shipments
                .byNumber(tx.em(), code)
                .filter(plants::isVisible)
                .ifPresent(s -> add(found, new TargetView(SHIPMENT, s.id(), s.number(), null, s.id())));
        if (SSCC.matcher(code).matches()) {
            packageOf(tx, code).ifPresent(t -> add(found, t));
        }
        stock.lots(tx, null, code).forEach(f -> add(found, of(f)));
        stock.serials(tx, null, code).forEach(f -> add(found, of(f)));
        if (receiving) {
            for (ShipmentLine line : shipments.receivableNamed(tx.em(), code)) {
                String kind = code.equals(line.serialNumber()) ? SERIAL : LOT;
                add(found, new TargetView(kind, null, code, line.itemCode(), null));
            }
        }
        identities
                .byCode(tx, code)
                .ifPresent(i -> add(found, new TargetView(ITEM, null, i.itemCode(), i.itemCode(), null)));
        return new ArrayList<>(found.values());
    }

    private static void add(Map<String, TargetView> found, TargetView target) {
        found.putIfAbsent(target.kind() + "\u0000" + target.itemCode() + "\u0000" + target.number(), target);
    }

    private Optional<TargetView> packageOf(TenantTx tx, String sscc) {
        return shipments.packageBySscc(tx.em(), sscc).flatMap(p -> {
            Shipment shipment = tx.em().find(Shipment.class, p.shipmentId());
            return plants.isVisible(shipment)
                    ? Optional.of(new TargetView(PACKAGE, p.id(), p.sscc(), null, shipment.id()))
                    : Optional.empty();
        });
    }

    private static TargetView of(StockUnitLookup.Found f) {
        return new TargetView(f.kind(), f.id(), f.number(), f.itemCode(), null);
    }
}
