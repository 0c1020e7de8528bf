package dev.procura.rfqs;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.Quotes;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.SqlValues;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other capabilities may know about quotes: the accepted quote an order is made from, and
 * (through {@link Quotes}) prices and response times for supplier performance.
 */
@ApplicationScoped
public class QuoteFacts implements Quotes {

    /** An accepted quote: who offered it, in which currency, and its lines. */
    public record Accepted(UUID id, UUID supplierId, String currency, List<LineItem> lines) {}

    /** A quote on an awarded RFQ: its net amount (before tax), and whether it prices every line of the RFQ. */
    public record Offer(
            UUID quoteId, UUID supplierId, String currency, BigDecimal net, Instant receivedAt, boolean complete) {}

    /** An RFQ awarded in a period: the winning quote and every other quote it received, in the order received. */
    public record Award(UUID rfqId, String rfqNumber, Instant awardedAt, Offer awarded, List<Offer> competing) {}

    @Inject
    RfqRepository rfqs;

    /** An RFQ sent to suppliers and the first quote it received (null: none yet). */
    public record Sent(UUID rfqId, Instant sentAt, Instant firstQuoteAt) {}

    /** RFQs whose first quote came in {@code [from, to)}. */
    public List<Sent> firstQuotes(TenantTx tx, Instant from, Instant to) {
        List<?> rows = tx.em()
                .createNativeQuery("SELECT CAST(r.id AS VARCHAR), r.sent_at, f.first_at FROM rfqs r"
                        + " JOIN (SELECT rfq_id, MIN(received_at) AS first_at FROM quotes GROUP BY rfq_id) f"
                        + " ON f.rfq_id = r.id WHERE r.sent_at IS NOT NULL AND f.first_at >= ?1 AND f.first_at < ?2")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Sent(UUID.fromString((String) r[0]), SqlValues.instant(r[1]), SqlValues.instant(r[2])))
                .toList();
    }

    /** When the RFQ's first quote came in, if it has one. */
    public Optional<Instant> firstQuoteAt(TenantTx tx, UUID rfqId) {
        return Optional.ofNullable(tx.em()
                .createQuery("SELECT MIN(q.receivedAt) FROM Quote q WHERE q.rfqId = :id", Instant.class)
                .setParameter("id", rfqId)
                .getSingleResult());
    }

    /** When the RFQ of each of these quotes was awarded to it (quotes not awarded are left out). */
    public Map<UUID, Instant> awardTimes(TenantTx tx, Collection<UUID> quoteIds) {
        if (quoteIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> times = new java.util.HashMap<>();
        tx.em()
                .createQuery(
                        "SELECT r.awardedQuoteId, r.awardedAt FROM Rfq r WHERE r.awardedQuoteId IN :quotes"
                                + " AND r.awardedAt IS NOT NULL",
                        Object[].class)
                .setParameter("quotes", quoteIds)
                .getResultStream()
                .forEach(r -> times.put((UUID) r[0], (Instant) r[1]));
        return times;
    }

    /** RFQs awarded in {@code [from, to)}, in the order awarded. */
    public List<Award> awards(TenantTx tx, Instant from, Instant to) {
        List<?> rows = tx.em()
                .createNativeQuery("SELECT CAST(r.id AS VARCHAR), r.number, r.awarded_at,"
                        + " CAST(r.awarded_quote_id AS VARCHAR), CAST(q.id AS VARCHAR), CAST(q.supplier_id AS VARCHAR),"
                        + " q.currency, q.subtotal, q.received_at,"
                        + " (SELECT COUNT(*) FROM quote_lines ql WHERE ql.quote_id = q.id AND ql.unit_price IS NOT NULL)"
                        + "   >= (SELECT COUNT(*) FROM rfq_lines rl WHERE rl.rfq_id = r.id)"
                        + " FROM rfqs r JOIN quotes q ON q.rfq_id = r.id"
                        + " WHERE r.awarded_at >= ?1 AND r.awarded_at < ?2"
                        + " ORDER BY r.awarded_at, r.id, q.received_at, q.id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .getResultList();
        Map<UUID, Award> awards = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            UUID rfqId = UUID.fromString((String) r[0]);
            Offer offer = new Offer(
                    UUID.fromString((String) r[4]),
                    UUID.fromString((String) r[5]),
                    ((String) r[6]).trim(),
                    new BigDecimal(r[7].toString()),
                    SqlValues.instant(r[8]),
                    (Boolean) r[9]);
            Award award = awards.computeIfAbsent(
                    rfqId, id -> new Award(id, (String) r[1], SqlValues.instant(r[2]), null, new ArrayList<>()));
            if (offer.quoteId().toString().equals(r[3])) {
                awards.put(rfqId, new Award(rfqId, award.rfqNumber(), award.awardedAt(), offer, award.competing()));
            } else {
                award.competing().add(offer);
            }
        }
        return awards.values().stream()
                .filter(a -> a.awarded() != null)
                .map(a -> new Award(a.rfqId(), a.rfqNumber(), a.awardedAt(), a.awarded(), List.copyOf(a.competing())))
                .toList();
    }

    /** The accepted quote a purchase order is made from, or a problem saying why it cannot be. */
    public Accepted accepted(TenantTx tx, UUID quoteId) {
        Quote quote = tx.em().find(Quote.class, quoteId);
        if (quote == null) {
            throw new Failure.InvalidInput("quote_id", "is not a quote of this tenant");
        }
        quote.require("ordered (only an accepted quote can be)", Quote.Status.ACCEPTED);
        return new Accepted(quote.id(), quote.supplierId(), quote.currency(), List.copyOf(quote.lines()));
    }

    @Override
    public List<PricedLine> lines(TenantTx tx, Collection<UUID> quoteIds) {
        return quoteIds.isEmpty() ? List.of() : rfqs.quoteLines(tx.em(), quoteIds);
    }

    @Override
    public Responses responses(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        return rfqs.responses(tx.em(), supplierId, from, to);
    }
}
