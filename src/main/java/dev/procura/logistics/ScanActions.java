package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.TargetView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scan does in its context. receive: the scanned goods (a package or shipment of an inbound
 * shipment, or a lot, serial number or item an inbound shipment underway or delivered brings) are
 * received on its purchase order (AI 37 gives the count, else what is outstanding on the line);
 * ship: the package (or the whole shipment) is shipped, and the shipment with its last package;
 * move: a package's location is kept; inspect: nothing beyond the record. The answer says what it did.
 */
@ApplicationScoped
class ScanActions {

    @Inject
    ShipmentRepository shipments;

    @Inject
    ShipmentService service;

    @Inject
    ShipmentGoods goods;

    @Inject
    LogisticsPlants plants;

    String apply(
            TenantTx tx,
            Caller caller,
            String context,
            TargetView target,
            ScanReading reading,
            String location,
            Instant at) {
        return switch (context) {
            case "receive" -> receive(tx, target, reading);
            case "ship" -> ship(tx, caller, target, at);
            case "move" -> move(tx, target, location);
            default -> "recorded";
        };
    }

    private String receive(TenantTx tx, TargetView target, ScanReading reading) {
        if (target.kind().equals(ScanTargets.PACKAGE) || target.kind().equals(ScanTargets.SHIPMENT)) {
            Shipment shipment = plants.writable(tx.em(), target.shipmentId());
            if (!shipment.isInbound() || !shipment.status().isUnderway()) {
                throw new Failure.InvalidTransition(
                        "Shipment " + shipment.number() + " ("
                                + shipment.direction().code() + ")",
                        shipment.status().code(),
                        "received");
            }
            List<ShipmentLine> lines = shipments.lines(tx.em(), List.of(shipment.id()));
            if (target.kind().equals(ScanTargets.PACKAGE)) {
                ShipmentPackage pkg = tx.em().find(ShipmentPackage.class, target.id());
                boolean only =
                        shipments.packages(tx.em(), List.of(shipment.id())).size() == 1;
                lines = lines.stream()
                        .filter(l ->
                                Objects.equals(l.packageNumber(), pkg.number()) || (only && l.packageNumber() == null))
                        .toList();
            }
            return received(goods.receive(tx, shipment, lines, null), shipment);
        }
        String lot = target.kind().equals(ScanTargets.LOT) ? target.number() : null;
        String serial = target.kind().equals(ScanTargets.SERIAL) ? target.number() : null;
        List<ShipmentLine> open = shipments.receivable(tx.em(), target.itemCode(), lot, serial);
        if (open.isEmpty()) {
            throw new Failure.InvalidInput(
                    "code",
                    "no inbound shipment underway or delivered still brings " + target.kind() + " " + target.number()
                            + (target.itemCode() == null ? "" : " of item " + target.itemCode()));
        }
        ShipmentLine line = open.get(0);
        Shipment shipment = plants.writable(tx.em(), line.shipmentId());
        BigDecimal count = serial != null
                ? BigDecimal.ONE
                : reading.value("37").map(BigDecimal::new).orElse(null);
        return received(goods.receive(tx, shipment, List.of(line), count), shipment);
    }

    private static String received(List<String> receipts, Shipment shipment) {
        return receipts.isEmpty()
                ? "nothing left to receive on shipment " + shipment.number()
                : "received on shipment " + shipment.number() + ": receipt " + String.join(", ", receipts);
    }

    private String ship(TenantTx tx, Caller caller, TargetView target, Instant at) {
        if (!target.kind().equals(ScanTargets.PACKAGE) && !target.kind().equals(ScanTargets.SHIPMENT)) {
            throw new Failure.InvalidInput("code", "a ship scan names a package (SSCC) or a shipment");
        }
        Shipment shipment = plants.writable(tx.em(), target.shipmentId());
        ShipmentStatus status = shipment.status();
        if (status != ShipmentStatus.PLANNED && status != ShipmentStatus.PACKED) {
            throw new Failure.InvalidTransition("Shipment " + shipment.number(), status.code(), "shipped");
        }
        List<ShipmentPackage> packages = shipments.packages(tx.em(), List.of(shipment.id()));
        if (target.kind().equals(ScanTargets.PACKAGE)) {
            Optional<ShipmentPackage> pkg =
                    packages.stream().filter(p -> p.id().equals(target.id())).findFirst();
            pkg.ifPresent(p -> p.shipped(at));
            if (!packages.stream().allMatch(ShipmentPackage::isShipped)) {
                shipment.touch(tx.now());
                return "package " + pkg.map(ShipmentPackage::number).orElse("") + " shipped; "
                        + packages.stream().filter(p -> !p.isShipped()).count() + " of shipment " + shipment.number()
                        + " to go";
            }
        }
        if (status == ShipmentStatus.PLANNED) {
            service.move(tx, caller, shipment, ShipmentStatus.Action.PACK, at);
        }
        service.move(tx, caller, shipment, ShipmentStatus.Action.SHIP, at);
        return "shipment " + shipment.number() + " shipped";
    }

    private String move(TenantTx tx, TargetView target, String location) {
        if (!target.kind().equals(ScanTargets.PACKAGE) || location == null) {
            return "recorded";
        }
        ShipmentPackage pkg = tx.em().find(ShipmentPackage.class, target.id());
        plants.writable(tx.em(), pkg.shipmentId());
        pkg.movedTo(location);
        return "package " + pkg.number() + " moved to " + location;
    }
}
