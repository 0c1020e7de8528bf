package dev.procura.rfqs;

import dev.procura.procurement.LineItem;
import dev.procura.rfqs.RfqViews.ComparedLine;
import dev.procura.rfqs.RfqViews.ComparedQuote;
import dev.procura.rfqs.RfqViews.Comparison;
import dev.procura.rfqs.RfqViews.Offer;
import dev.procura.suppliers.SupplierFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The quotes of one RFQ side by side: per line, every supplier's price; per quote, totals and terms. */
final class QuoteComparison {

    private QuoteComparison() {}

    static Comparison of(Rfq rfq, List<Quote> quotes, Map<UUID, SupplierFacts.Profile> suppliers, LocalDate today) {
        List<ComparedLine> lines = new ArrayList<>();
        for (int i = 0; i < rfq.lines().size(); i++) {
            LineItem wanted = rfq.lines().get(i);
            List<Offer> offers = new ArrayList<>();
            BigDecimal lowest = null;
            for (Quote quote : quotes) {
                Optional<LineItem> priced = line(quote, wanted.itemCode());
                if (priced.isPresent()
                        && (lowest == null || priced.get().unitPrice().compareTo(lowest) < 0)) {
                    lowest = priced.get().unitPrice();
                }
            }
            for (Quote quote : quotes) {
                final BigDecimal best = lowest;
                line(quote, wanted.itemCode())
                        .ifPresent(p -> offers.add(new Offer(
                                quote.id(),
                                suppliers.get(quote.supplierId()).code(),
                                p.unitPrice(),
                                p.netAmount(),
                                p.totalAmount(),
                                p.unitPrice().compareTo(best) == 0)));
            }
            lines.add(new ComparedLine(
                    i + 1, wanted.itemCode(), wanted.description(), wanted.quantity(), wanted.unit(), offers));
        }
        List<ComparedQuote> compared = quotes.stream()
                .map(q -> compare(rfq, q, suppliers.get(q.supplierId()), today))
                .toList();
        List<ComparedQuote> eligible =
                compared.stream().filter(q -> q.complete() && !q.expired()).toList();
        return new Comparison(
                rfq.id(),
                rfq.number(),
                rfq.currency(),
                rfq.supplierIds().size(),
                compared,
                lines,
                eligible.stream()
                        .min(Comparator.comparing(ComparedQuote::total))
                        .map(ComparedQuote::quoteId)
                        .orElse(null),
                eligible.stream()
                        .min(Comparator.comparingInt(ComparedQuote::leadTimeDays))
                        .map(ComparedQuote::quoteId)
                        .orElse(null));
    }

    private static ComparedQuote compare(Rfq rfq, Quote q, SupplierFacts.Profile supplier, LocalDate today) {
        int quoted = (int) rfq.lines().stream()
                .filter(l -> line(q, l.itemCode()).isPresent())
                .count();
        boolean late =
                q.receivedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().isAfter(rfq.dueDate());
        return new ComparedQuote(
                q.id(),
                q.number(),
                q.supplierId(),
                supplier.code(),
                supplier.legalName(),
                q.status().name().toLowerCase(Locale.ROOT),
                q.totals().total(),
                q.leadTimeDays(),
                q.validUntil(),
                q.isExpired(today),
                late,
                quoted,
                quoted == rfq.lines().size());
    }

    private static Optional<LineItem> line(Quote quote, String itemCode) {
        return quote.lines().stream().filter(l -> l.itemCode().equals(itemCode)).findFirst();
    }
}
