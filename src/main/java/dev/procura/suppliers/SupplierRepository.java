package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.persistence.Conditions;
import dev.procura.suppliers.SupplierViews.Ratings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Queries on suppliers and their ratings. */
@ApplicationScoped
public class SupplierRepository {

    /** Filters of the supplier list; null fields do not filter. */
    public record Filter(String nameOrCode, String category, String status, String country, BigDecimal minRating) {}

    static final Map<String, String> SORTS = Map.of(
            "code",
            "s.code",
            "legal_name",
            "s.legalName",
            "rating",
            "s.rating",
            "created_at",
            "s.createdAt",
            "updated_at",
            "s.updatedAt",
            "country",
            "s.country");

    public List<Supplier> list(
            EntityManager em, Filter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        return custom.applyTo(conditions(filter))
                .query(em, "SELECT s FROM Supplier s", custom.orderBy(sort, SORTS, "s.id"), Supplier.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter, CustomFieldCriteria custom) {
        return custom.applyTo(conditions(filter)).count(em, "SELECT COUNT(s) FROM Supplier s");
    }

    private static Conditions conditions(Filter f) {
        Conditions c = new Conditions();
        return c.contains(f.nameOrCode(), "name", "LOWER(s.legalName)", "LOWER(s.code)")
                .when(
                        f.category() == null ? null : "%|" + f.category() + "|%",
                        "s.categories LIKE :category",
                        "category")
                .when(f.status(), "s.status = :status", "status")
                .when(f.country(), "s.country = :country", "country")
                .when(f.minRating(), "s.rating >= :minRating", "minRating");
    }

    /** The supplier with this code in any case, or null. */
    public Supplier byCode(EntityManager em, String code) {
        return em.createQuery("SELECT s FROM Supplier s WHERE LOWER(s.code) = :code", Supplier.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public boolean codeTaken(EntityManager em, String code, UUID except) {
        return em.createQuery("SELECT COUNT(s) FROM Supplier s WHERE LOWER(s.code) = :code AND s.id <> :id", Long.class)
                        .setParameter("code", code.toLowerCase(Locale.ROOT))
                        .setParameter("id", except == null ? new UUID(0, 0) : except)
                        .getSingleResult()
                > 0;
    }

    /** The sum of every mark of a supplier's ratings, and how many ratings there are. */
    public record RatingTotals(long marks, int ratings) {}

    /** Read after the new rating was persisted: the query flushes it first (flush mode AUTO). */
    public RatingTotals ratingTotals(EntityManager em, UUID supplierId) {
        Object[] row = em.createQuery(
                        "SELECT SUM(r.quality + r.delivery + r.price + r.service), COUNT(r)"
                                + " FROM SupplierRating r WHERE r.supplierId = :supplier",
                        Object[].class)
                .setParameter("supplier", supplierId)
                .getSingleResult();
        return new RatingTotals(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }

    public boolean rated(EntityManager em, UUID supplierId, UUID userId, UUID purchaseOrderId) {
        String order = purchaseOrderId == null ? "r.purchaseOrderId IS NULL" : "r.purchaseOrderId = :order";
        var query = em.createQuery(
                        "SELECT COUNT(r) FROM SupplierRating r WHERE r.supplierId = :supplier"
                                + " AND r.ratedBy = :user AND " + order,
                        Long.class)
                .setParameter("supplier", supplierId)
                .setParameter("user", userId);
        if (purchaseOrderId != null) {
            query.setParameter("order", purchaseOrderId);
        }
        return query.getSingleResult() > 0;
    }

    public List<SupplierRating> ratings(EntityManager em, UUID supplierId, int first, int max) {
        return em.createQuery(
                        "SELECT r FROM SupplierRating r WHERE r.supplierId = :supplier ORDER BY r.createdAt DESC, r.id",
                        SupplierRating.class)
                .setParameter("supplier", supplierId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countRatings(EntityManager em, UUID supplierId) {
        return em.createQuery("SELECT COUNT(r) FROM SupplierRating r WHERE r.supplierId = :supplier", Long.class)
                .setParameter("supplier", supplierId)
                .getSingleResult();
    }

    Ratings ratingAverages(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) native_(
                        em,
                        "SELECT COUNT(*), AVG(quality), AVG(delivery), AVG(price), AVG(service)"
                                + " FROM supplier_ratings WHERE supplier_id = ?1 AND CAST(created_at AS DATE) BETWEEN ?2 AND ?3",
                        supplier,
                        from,
                        to)
                .getSingleResult();
        return new Ratings(count(row[0]), mark(row[1]), mark(row[2]), mark(row[3]), mark(row[4]));
    }

    private static Query native_(EntityManager em, String sql, UUID supplier, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, supplier)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** A mean as shown: two decimals, half up; null stays null. */
    static BigDecimal mark(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
