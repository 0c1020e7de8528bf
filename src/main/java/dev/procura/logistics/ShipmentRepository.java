package dev.procura.logistics;

import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on shipments, their lines and packages. */
@ApplicationScoped
public class ShipmentRepository {

    static final Map<String, String> SORTS = Map.of(
            "number", "s.number",
            "status", "s.status",
            "direction", "s.direction",
            "created_at", "s.createdAt",
            "updated_at", "s.updatedAt",
            "shipped_at", "s.shippedAt");

    /** Goods of an inbound shipment may still be received while it is underway or delivered. */
    static final List<String> RECEIVABLE =
            List.of(ShipmentStatus.SHIPPED.code(), ShipmentStatus.IN_TRANSIT.code(), ShipmentStatus.DELIVERED.code());

    /** Filters of the shipment list; {@code visible}: the plants whose shipments the caller may see. */
    public record Filter(
            String direction,
            String status,
            UUID purchaseOrderId,
            UUID customerId,
            UUID plantId,
            String carrier,
            String q,
            PlantScope visible) {}

    List<Shipment> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT s FROM Shipment s", Conditions.orderBy(sort, SORTS, "s.id"), Shipment.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(s) FROM Shipment s");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .when(f.direction(), "s.direction = :direction", "direction")
                .when(f.status(), "s.status = :status", "status")
                .when(f.purchaseOrderId(), "s.purchaseOrderId = :order", "order")
                .when(f.customerId(), "s.customerId = :customer", "customer")
                .when(f.plantId(), "s.plantId = :plant", "plant")
                .when(f.carrier(), "s.carrier = :carrier", "carrier")
                .contains(f.q(), "q", "LOWER(s.number)", "LOWER(s.trackingNumber)")
                .when(
                        f.visible() == null || f.visible().everywhere()
                                ? null
                                : f.visible().plants(),
                        "s.plantId IN :visible",
                        "visible");
    }

    List<ShipmentLine> lines(EntityManager em, Collection<UUID> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT l FROM ShipmentLine l WHERE l.shipmentId IN :ids ORDER BY l.shipmentId, l.position",
                        ShipmentLine.class)
                .setParameter("ids", shipmentIds)
                .getResultList();
    }

    List<ShipmentPackage> packages(EntityManager em, Collection<UUID> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT p FROM ShipmentPackage p WHERE p.shipmentId IN :ids ORDER BY p.shipmentId, p.position",
                        ShipmentPackage.class)
                .setParameter("ids", shipmentIds)
                .getResultList();
    }

    void removeLines(EntityManager em, UUID shipmentId) {
        em.createQuery("DELETE FROM ShipmentLine l WHERE l.shipmentId = :id")
                .setParameter("id", shipmentId)
                .executeUpdate();
    }

    Optional<ShipmentPackage> packageBySscc(EntityManager em, String sscc) {
        return em.createQuery("SELECT p FROM ShipmentPackage p WHERE p.sscc = :sscc", ShipmentPackage.class)
                .setParameter("sscc", sscc)
                .getResultStream()
                .findFirst();
    }

    Optional<Shipment> byNumber(EntityManager em, String number) {
        return em.createQuery("SELECT s FROM Shipment s WHERE s.number = :number", Shipment.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /**
     * Lines of inbound shipments underway or delivered with goods still to receive, of the item and
     * lot or serial number when given, oldest shipment first.
     */
    List<ShipmentLine> receivable(EntityManager em, String itemCode, String lotNumber, String serialNumber) {
        return new Conditions()
                .when(true, "s.id = l.shipmentId")
                .when(true, "s.direction = 'inbound'")
                .when(RECEIVABLE, "s.status IN :statuses", "statuses")
                .when(true, "l.receivedQuantity < l.quantity")
                .when(itemCode, "l.itemCode = :item", "item")
                .when(lotNumber, "l.lotNumber = :lot", "lot")
                .when(serialNumber, "l.serialNumber = :serial", "serial")
                .query(em, "SELECT l FROM ShipmentLine l, Shipment s", "s.createdAt, l.position", ShipmentLine.class)
                .getResultList();
    }

    /** Lines of open inbound shipments whose lot or serial number is the code. */
    List<ShipmentLine> receivableNamed(EntityManager em, String number) {
        return em.createQuery(
                        "SELECT l FROM ShipmentLine l, Shipment s WHERE s.id = l.shipmentId AND s.direction = 'inbound'"
                                + " AND s.status IN :statuses AND l.receivedQuantity < l.quantity"
                                + " AND (l.lotNumber = :number OR l.serialNumber = :number)"
                                + " ORDER BY s.createdAt, l.position",
                        ShipmentLine.class)
                .setParameter("statuses", RECEIVABLE)
                .setParameter("number", number)
                .getResultList();
    }
}
