package dev.procura.suppliers;

import dev.procura.platform.persistence.Conditions;
import dev.procura.suppliers.SupplierViews.Deliveries;
import dev.procura.suppliers.SupplierViews.Quantities;
import dev.procura.suppliers.SupplierViews.Ratings;
import dev.procura.suppliers.SupplierViews.RfqResponse;
import dev.procura.suppliers.SupplierViews.Spend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Queries on suppliers, their ratings and the facts their performance is computed from. */
@ApplicationScoped
public class SupplierRepository {

    /** Filters of the supplier list; null fields do not filter. */
    public record Filter(String nameOrCode, String category, String status, String country, BigDecimal minRating) {
    }

    static final Map<String, String> SORTS = Map.of("code", "s.code", "legal_name", "s.legalName",
            "rating", "s.rating", "created_at", "s.createdAt", "updated_at", "s.updatedAt", "country", "s.country");

    public List<Supplier> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter).query(em, "SELECT s FROM Supplier s", Conditions.orderBy(sort, SORTS, "s.id"),
                Supplier.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(s) FROM Supplier s");
    }

    private static Conditions conditions(Filter f) {
        Conditions c = new Conditions();
        return c.contains(f.nameOrCode(), "name", "LOWER(s.legalName)", "LOWER(s.code)")
                .when(f.category() == null ? null : "%|" + f.category() + "|%", "s.categories LIKE :category", "category")
                .when(f.status(), "s.status = :status", "status")
                .when(f.country(), "s.country = :country", "country")
                .when(f.minRating(), "s.rating >= :minRating", "minRating");
    }

    public boolean codeTaken(EntityManager em, String code, UUID except) {
        return em.createQuery("SELECT COUNT(s) FROM Supplier s WHERE LOWER(s.code) = :code AND s.id <> :id", Long.class)
                .setParameter("code", code.toLowerCase()).setParameter("id", except == null ? new UUID(0, 0) : except)
                .getSingleResult() > 0;
    }

    public boolean rated(EntityManager em, UUID supplierId, UUID userId, UUID purchaseOrderId) {
        String order = purchaseOrderId == null ? "r.purchaseOrderId IS NULL" : "r.purchaseOrderId = :order";
        var query = em.createQuery("SELECT COUNT(r) FROM SupplierRating r WHERE r.supplierId = :supplier"
                + " AND r.ratedBy = :user AND " + order, Long.class)
                .setParameter("supplier", supplierId).setParameter("user", userId);
        if (purchaseOrderId != null) {
            query.setParameter("order", purchaseOrderId);
        }
        return query.getSingleResult() > 0;
    }

    public List<SupplierRating> ratings(EntityManager em, UUID supplierId, int first, int max) {
        return em.createQuery("SELECT r FROM SupplierRating r WHERE r.supplierId = :supplier ORDER BY r.createdAt DESC, r.id",
                SupplierRating.class).setParameter("supplier", supplierId).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long countRatings(EntityManager em, UUID supplierId) {
        return em.createQuery("SELECT COUNT(r) FROM SupplierRating r WHERE r.supplierId = :supplier", Long.class)
                .setParameter("supplier", supplierId).getSingleResult();
    }

    Ratings ratingAverages(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) native_(em, "SELECT COUNT(*), AVG(quality), AVG(delivery), AVG(price), AVG(service)"
                + " FROM supplier_ratings WHERE supplier_id = ?1 AND CAST(created_at AS DATE) BETWEEN ?2 AND ?3",
                supplier, from, to).getSingleResult();
        return new Ratings(count(row[0]), mark(row[1]), mark(row[2]), mark(row[3]), mark(row[4]));
    }

    /** Receipts of the supplier's orders in the period, on time against the order's promised date. */
    Deliveries deliveries(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) native_(em, "SELECT COUNT(*),"
                + " COUNT(*) FILTER (WHERE po.expected_delivery_date IS NOT NULL),"
                + " COUNT(*) FILTER (WHERE r.received_on <= po.expected_delivery_date)"
                + " FROM receipts r JOIN purchase_orders po ON po.id = r.purchase_order_id"
                + " WHERE po.supplier_id = ?1 AND r.received_on BETWEEN ?2 AND ?3", supplier, from, to).getSingleResult();
        long withPromise = count(row[1]);
        long onTime = count(row[2]);
        return new Deliveries(count(row[0]), withPromise, onTime,
                withPromise == 0 ? null : dev.procura.procurement.Money.percent(BigDecimal.valueOf(onTime),
                        BigDecimal.valueOf(withPromise)));
    }

    Quantities quantities(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) native_(em, "SELECT COALESCE(SUM(l.accepted_quantity), 0), COALESCE(SUM(l.rejected_quantity), 0)"
                + " FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id"
                + " JOIN purchase_orders po ON po.id = r.purchase_order_id"
                + " WHERE po.supplier_id = ?1 AND r.received_on BETWEEN ?2 AND ?3", supplier, from, to).getSingleResult();
        BigDecimal accepted = decimal(row[0]);
        BigDecimal rejected = decimal(row[1]);
        return new Quantities(accepted, rejected, dev.procura.procurement.Money.percent(rejected, accepted.add(rejected)));
    }

    BigDecimal quoteToOrderVariance(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        return rounded(native_(em, "SELECT AVG((pl.unit_price - ql.unit_price) * 100 / ql.unit_price)"
                + " FROM purchase_orders po JOIN purchase_order_lines pl ON pl.purchase_order_id = po.id"
                + " JOIN quote_lines ql ON ql.quote_id = po.quote_id AND ql.item_code = pl.item_code"
                + " WHERE po.supplier_id = ?1 AND po.order_date BETWEEN ?2 AND ?3 AND ql.unit_price > 0"
                + " AND po.status <> 'cancelled'", supplier, from, to).getSingleResult());
    }

    BigDecimal orderToInvoiceVariance(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        return rounded(native_(em, "SELECT AVG((il.unit_price - pl.unit_price) * 100 / pl.unit_price)"
                + " FROM invoices i JOIN invoice_lines il ON il.invoice_id = i.id"
                + " JOIN purchase_order_lines pl ON pl.purchase_order_id = i.purchase_order_id AND pl.item_code = il.item_code"
                + " WHERE i.supplier_id = ?1 AND i.invoice_date BETWEEN ?2 AND ?3 AND pl.unit_price > 0"
                + " AND i.status NOT IN ('draft', 'cancelled')", supplier, from, to).getSingleResult());
    }

    RfqResponse rfqResponse(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) native_(em, "SELECT COUNT(*), AVG(EXTRACT(EPOCH FROM (q.received_at - r.sent_at)) / 3600)"
                + " FROM quotes q JOIN rfqs r ON r.id = q.rfq_id WHERE q.supplier_id = ?1 AND r.sent_at IS NOT NULL"
                + " AND CAST(q.received_at AS DATE) BETWEEN ?2 AND ?3", supplier, from, to).getSingleResult();
        return new RfqResponse(count(row[0]), rounded(row[1]));
    }

    List<Spend> spend(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = native_(em, "SELECT currency, SUM(total), COUNT(*) FROM invoices WHERE supplier_id = ?1"
                + " AND invoice_date BETWEEN ?2 AND ?3 AND status NOT IN ('draft', 'cancelled')"
                + " GROUP BY currency ORDER BY currency", supplier, from, to).getResultList();
        return rows.stream().map(r -> new Spend(((String) r[0]).trim(),
                dev.procura.procurement.Money.round(decimal(r[1]), ((String) r[0]).trim()), count(r[2]))).toList();
    }

    long orders(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        return count(native_(em, "SELECT COUNT(*) FROM purchase_orders WHERE supplier_id = ?1"
                + " AND order_date BETWEEN ?2 AND ?3 AND status NOT IN ('draft', 'cancelled')", supplier, from, to)
                .getSingleResult());
    }

    private static Query native_(EntityManager em, String sql, UUID supplier, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, supplier).setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static BigDecimal mark(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal rounded(Object value) {
        return mark(value);
    }
}
