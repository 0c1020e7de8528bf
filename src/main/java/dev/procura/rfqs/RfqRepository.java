package dev.procura.rfqs;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.Quotes.Responses;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.persistence.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Queries on RFQs and quotes. */
@ApplicationScoped
public class RfqRepository {

    public record RfqFilter(String status, String text, UUID supplierId) {}

    public record QuoteFilter(UUID rfqId, UUID supplierId, String status) {}

    static final Map<String, String> RFQ_SORTS = Map.of(
            "number",
            "r.number",
            "title",
            "r.title",
            "due_date",
            "r.dueDate",
            "created_at",
            "r.createdAt",
            "status",
            "r.status");
    static final Map<String, String> QUOTE_SORTS = Map.of(
            "number",
            "q.number",
            "total",
            "q.totals.total",
            "lead_time_days",
            "q.leadTimeDays",
            "valid_until",
            "q.validUntil",
            "received_at",
            "q.receivedAt");

    public List<Rfq> rfqs(
            EntityManager em, RfqFilter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        return custom.applyTo(rfqConditions(filter))
                .query(em, "SELECT r FROM Rfq r", custom.orderBy(sort, RFQ_SORTS, "r.id"), Rfq.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countRfqs(EntityManager em, RfqFilter filter, CustomFieldCriteria custom) {
        return custom.applyTo(rfqConditions(filter)).count(em, "SELECT COUNT(r) FROM Rfq r");
    }

    private static Conditions rfqConditions(RfqFilter f) {
        return new Conditions()
                .when(Rfq.MACHINE.status(f.status()), "r.status = :status", "status")
                .contains(f.text(), "text", "LOWER(r.title)", "LOWER(r.number)")
                .when(
                        f.supplierId(),
                        "r.id IN (SELECT x.id FROM Rfq x JOIN x.invited i WHERE i.supplierId = :supplier)",
                        "supplier");
    }

    public List<Quote> quotes(
            EntityManager em, QuoteFilter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        return custom.applyTo(quoteConditions(filter))
                .query(em, "SELECT q FROM Quote q", custom.orderBy(sort, QUOTE_SORTS, "q.id"), Quote.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countQuotes(EntityManager em, QuoteFilter filter, CustomFieldCriteria custom) {
        return custom.applyTo(quoteConditions(filter)).count(em, "SELECT COUNT(q) FROM Quote q");
    }

    private static Conditions quoteConditions(QuoteFilter f) {
        return new Conditions()
                .when(f.rfqId(), "q.rfqId = :rfq", "rfq")
                .when(f.supplierId(), "q.supplierId = :supplier", "supplier")
                .when(Quote.MACHINE.status(f.status()), "q.status = :status", "status");
    }

    public List<Quote> quotesOf(EntityManager em, UUID rfqId) {
        return em.createQuery(
                        "SELECT q FROM Quote q WHERE q.rfqId = :rfq ORDER BY q.totals.total, q.number", Quote.class)
                .setParameter("rfq", rfqId)
                .getResultList();
    }

    public boolean hasQuote(EntityManager em, UUID rfqId, UUID supplierId) {
        return em.createQuery(
                                "SELECT COUNT(q) FROM Quote q WHERE q.rfqId = :rfq AND q.supplierId = :supplier",
                                Long.class)
                        .setParameter("rfq", rfqId)
                        .setParameter("supplier", supplierId)
                        .getSingleResult()
                > 0;
    }

    List<PricedLine> quoteLines(EntityManager em, Collection<UUID> quoteIds) {
        List<?> rows = em.createNativeQuery("SELECT CAST(quote_id AS VARCHAR), item_code, unit_price FROM quote_lines"
                        + " WHERE quote_id = ANY (CAST(?1 AS UUID[]))")
                .setParameter(1, SqlArrays.of(quoteIds))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new PricedLine(
                        UUID.fromString((String) r[0]),
                        (String) r[1],
                        r[2] == null ? null : new BigDecimal(r[2].toString())))
                .toList();
    }

    /** The supplier's quotes to sent RFQs received in the period, and the mean hours the RFQ waited for them. */
    Responses responses(EntityManager em, UUID supplier, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                        + " AVG(EXTRACT(EPOCH FROM (q.received_at - r.sent_at)) / 3600)"
                        + " FROM quotes q JOIN rfqs r ON r.id = q.rfq_id WHERE q.supplier_id = ?1 AND r.sent_at IS NOT NULL"
                        + " AND CAST(q.received_at AS DATE) BETWEEN ?2 AND ?3")
                .setParameter(1, supplier)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getSingleResult();
        return new Responses(((Number) row[0]).longValue(), row[1] == null ? null : new BigDecimal(row[1].toString()));
    }
}
