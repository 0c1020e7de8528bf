package dev.procura.traceability;

import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on numbering rules, lots, serial numbers and their movements. */
@ApplicationScoped
public class TraceabilityRepository {

    static final Map<String, String> SORTS = Map.of(
            "number", "u.number",
            "item_code", "u.itemCode",
            "status", "u.status",
            "expires_on", "u.expiresOn",
            "created_at", "u.createdAt",
            "updated_at", "u.updatedAt");

    /** Filters of the lot and serial number lists; {@code visible}: the plants the caller may read. */
    public record Filter(
            String itemCode, String status, String supplierLot, UUID plantId, String q, PlantScope visible) {}

    public <T> List<T> list(EntityManager em, Class<T> type, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(
                        em,
                        "SELECT u FROM " + type.getSimpleName() + " u",
                        Conditions.orderBy(sort, SORTS, "u.id"),
                        type)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Class<?> type, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(u) FROM " + type.getSimpleName() + " u");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .when(f.itemCode(), "u.itemCode = :item", "item")
                .when(f.status(), "u.status = :status", "status")
                .when(f.supplierLot(), "u.supplierLot = :supplierLot", "supplierLot")
                .when(f.plantId(), "u.plantId = :plant", "plant")
                .contains(f.q(), "q", "LOWER(u.number)", "LOWER(u.supplierLot)", "LOWER(u.itemCode)")
                .when(f.visible().everywhere() ? null : f.visible().plants(), "u.plantId IN :visible", "visible");
    }

    public List<Lot> lotsNumbered(EntityManager em, String number, String itemCode) {
        return new Conditions()
                .when(number, "u.number = :number", "number")
                .when(itemCode, "u.itemCode = :item", "item")
                .query(em, "SELECT u FROM Lot u", "u.itemCode", Lot.class)
                .getResultList();
    }

    public List<SerialNumber> serialsNumbered(EntityManager em, String number, String itemCode) {
        return new Conditions()
                .when(number, "u.number = :number", "number")
                .when(itemCode, "u.itemCode = :item", "item")
                .query(em, "SELECT u FROM SerialNumber u", "u.itemCode", SerialNumber.class)
                .getResultList();
    }

    /** The item's lot of that number, locked for the change the caller makes. */
    public Optional<Lot> lot(EntityManager em, String itemCode, String number) {
        return em.createQuery("SELECT l FROM Lot l WHERE l.itemCode = :item AND l.number = :number", Lot.class)
                .setParameter("item", itemCode)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** The item's serial number of that number, locked for the change the caller makes. */
    public Optional<SerialNumber> serial(EntityManager em, String itemCode, String number) {
        return em.createQuery(
                        "SELECT s FROM SerialNumber s WHERE s.itemCode = :item AND s.number = :number",
                        SerialNumber.class)
                .setParameter("item", itemCode)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public boolean numberTaken(EntityManager em, String kind, String itemCode, String number) {
        String entity = "lot".equals(kind) ? "Lot" : "SerialNumber";
        return !em.createQuery(
                        "SELECT u.id FROM " + entity + " u WHERE u.itemCode = :item AND u.number = :number", UUID.class)
                .setParameter("item", itemCode)
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<Lot> lotsOfSupplierLot(EntityManager em, String supplierLot, UUID supplierId, String itemCode) {
        return ofSupplierLot(supplierLot, supplierId, itemCode)
                .query(em, "SELECT u FROM Lot u", "u.itemCode, u.number", Lot.class)
                .getResultList();
    }

    public List<SerialNumber> serialsOfSupplierLot(
            EntityManager em, String supplierLot, UUID supplierId, String itemCode) {
        return ofSupplierLot(supplierLot, supplierId, itemCode)
                .query(em, "SELECT u FROM SerialNumber u", "u.itemCode, u.number", SerialNumber.class)
                .getResultList();
    }

    private static Conditions ofSupplierLot(String supplierLot, UUID supplierId, String itemCode) {
        return new Conditions()
                .when(supplierLot, "u.supplierLot = :lot", "lot")
                .when(supplierId, "u.supplierId = :supplier", "supplier")
                .when(itemCode, "u.itemCode = :item", "item");
    }

    public List<SerialNumber> serialsOfLots(EntityManager em, Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM SerialNumber s WHERE s.lotId IN :lots", SerialNumber.class)
                .setParameter("lots", lotIds)
                .getResultList();
    }

    public List<Lot> lots(EntityManager em, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM Lot l WHERE l.id IN :ids", Lot.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<SerialNumber> serials(EntityManager em, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM SerialNumber s WHERE s.id IN :ids", SerialNumber.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<StockMovement> movements(EntityManager em, UUID unitId) {
        return em.createQuery(
                        "SELECT m FROM StockMovement m WHERE m.unitId = :unit ORDER BY m.createdAt, m.id",
                        StockMovement.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    public List<StockMovement> movementsOf(EntityManager em, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT m FROM StockMovement m WHERE m.unitId IN :units ORDER BY m.createdAt, m.id",
                        StockMovement.class)
                .setParameter("units", unitIds)
                .getResultList();
    }

    public List<NumberingRule> rules(EntityManager em, String itemCode) {
        return em.createQuery("SELECT r FROM NumberingRule r WHERE r.itemCode = :item", NumberingRule.class)
                .setParameter("item", itemCode)
                .getResultList();
    }

    /** The item's rule of that kind, locked: the caller takes a number from it. */
    public Optional<NumberingRule> lockedRule(EntityManager em, String itemCode, String kind) {
        return em.createQuery(
                        "SELECT r FROM NumberingRule r WHERE r.itemCode = :item AND r.kind = :kind",
                        NumberingRule.class)
                .setParameter("item", itemCode)
                .setParameter("kind", kind)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public List<String> ruledItems(EntityManager em, int first, int max) {
        return em.createQuery("SELECT DISTINCT r.itemCode FROM NumberingRule r ORDER BY r.itemCode", String.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countRuledItems(EntityManager em) {
        return em.createQuery("SELECT COUNT(DISTINCT r.itemCode) FROM NumberingRule r", Long.class)
                .getSingleResult();
    }

    public List<RecallSimulation> recalls(EntityManager em, int first, int max) {
        return em.createQuery(
                        "SELECT r FROM RecallSimulation r ORDER BY r.createdAt DESC, r.id", RecallSimulation.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countRecalls(EntityManager em) {
        return em.createQuery("SELECT COUNT(r) FROM RecallSimulation r", Long.class)
                .getSingleResult();
    }
}
