package dev.procura.logistics;

import dev.procura.customers.CustomerFacts;
import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.logistics.ShippingUnits;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Packages of shipments for labels: each with its SSCC, its shipment's party (the customer, or the
 * purchase order's supplier) and what it holds (its lines; a shipment's only package also holds the
 * lines that name no package).
 */
@ApplicationScoped
public class ShipmentShippingUnits implements ShippingUnits {

    @Inject
    ShipmentRepository shipments;

    @Inject
    CustomerFacts customers;

    @Inject
    SupplierFacts suppliers;

    @Inject
    PurchaseOrders orders;

    @Override
    public Optional<List<ShippingUnit>> ofShipment(TenantTx tx, UUID shipmentId) {
        Shipment shipment = tx.em().find(Shipment.class, shipmentId);
        if (shipment == null) {
            return Optional.empty();
        }
        List<ShipmentPackage> packages = shipments.packages(tx.em(), List.of(shipmentId));
        List<ShipmentLine> lines = shipments.lines(tx.em(), List.of(shipmentId));
        String party = party(tx, shipment);
        return Optional.of(packages.stream()
                .map(p -> unit(shipment, p, lines, packages.size() == 1, party))
                .toList());
    }

    @Override
    public Optional<ShippingUnit> ofPackage(TenantTx tx, UUID packageId) {
        ShipmentPackage pkg = tx.em().find(ShipmentPackage.class, packageId);
        if (pkg == null) {
            return Optional.empty();
        }
        Shipment shipment = tx.em().find(Shipment.class, pkg.shipmentId());
        List<ShipmentLine> lines = shipments.lines(tx.em(), List.of(shipment.id()));
        boolean only = shipments.packages(tx.em(), List.of(shipment.id())).size() == 1;
        return Optional.of(unit(shipment, pkg, lines, only, party(tx, shipment)));
    }

    private static ShippingUnit unit(
            Shipment shipment, ShipmentPackage pkg, List<ShipmentLine> lines, boolean only, String party) {
        List<Content> contents = lines.stream()
                .filter(l -> Objects.equals(l.packageNumber(), pkg.number()) || (only && l.packageNumber() == null))
                .map(l -> new Content(
                        l.itemCode(), l.lotNumber(), l.serialNumber(), l.quantity(), l.unit(), l.expiresOn()))
                .toList();
        return new ShippingUnit(
                shipment.id(),
                shipment.number(),
                shipment.direction().code(),
                shipment.plantId(),
                pkg.id(),
                pkg.number(),
                pkg.sscc(),
                party,
                shipment.carrier(),
                shipment.trackingNumber(),
                contents);
    }

    private String party(TenantTx tx, Shipment shipment) {
        if (shipment.customerId() != null) {
            CustomerFacts.Summary customer =
                    customers.summaries(tx, Set.of(shipment.customerId())).get(shipment.customerId());
            return customer == null ? null : customer.legalName();
        }
        return orders.standing(tx, shipment.purchaseOrderId())
                .map(PurchaseOrders.Standing::supplierId)
                .map(id -> suppliers.summaries(tx, Set.of(id)).get(id))
                .map(SupplierFacts.Summary::legalName)
                .orElse(null);
    }
}
