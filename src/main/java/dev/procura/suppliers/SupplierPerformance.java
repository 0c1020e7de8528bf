package dev.procura.suppliers;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.buying.Quotes;
import dev.procura.platform.buying.SupplierInvoices;
import dev.procura.procurement.Money;
import dev.procura.suppliers.SupplierViews.Deliveries;
import dev.procura.suppliers.SupplierViews.PerformanceView;
import dev.procura.suppliers.SupplierViews.PriceVariance;
import dev.procura.suppliers.SupplierViews.Quantities;
import dev.procura.suppliers.SupplierViews.Ratings;
import dev.procura.suppliers.SupplierViews.RfqResponse;
import dev.procura.suppliers.SupplierViews.Spend;
import dev.procura.tenants.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A supplier's performance over a period, from its ratings and from what the orders, invoices and
 * RFQs capabilities report about it; and the year of scorecard inputs the gate on new business weighs.
 */
@ApplicationScoped
public class SupplierPerformance {

    /** Performance is measured over this many days back when the caller names no period. */
    static final int DEFAULT_PERIOD_DAYS = 365;

    @Inject
    SupplierRepository suppliers;

    @Inject
    SupplierStandings standings;

    @Inject
    PurchaseOrders orders;

    @Inject
    SupplierInvoices invoices;

    @Inject
    Quotes quotes;

    PerformanceView of(EntityManager em, UUID id, LocalDate from, LocalDate to, TenantSettings tenantSettings) {
        Ratings ratings = suppliers.ratingAverages(em, id, from, to);
        Deliveries deliveries = deliveries(em, id, from, to);
        Quantities quantities = quantities(em, id, from, to);
        SupplierScorecard.Result scorecard = SupplierScorecard.score(scorecardInputs(ratings, deliveries, quantities),
                tenantSettings);
        return new PerformanceView(id, from, to, orders.submitted(em, id, from, to), ratings, deliveries, quantities,
                priceVariance(em, id, from, to), rfqResponse(em, id, from, to), spend(em, id, from, to), scorecard);
    }

    /** The year to {@code today} of the supplier's scorecard inputs, kept in its standing. */
    SupplierScorecard.Inputs standingInputs(EntityManager em, UUID id, LocalDate today) {
        LocalDate from = today.minusDays(DEFAULT_PERIOD_DAYS);
        return standings.inputs(em, id, today, () -> scorecardInputs(suppliers.ratingAverages(em, id, from, today),
                deliveries(em, id, from, today), quantities(em, id, from, today)));
    }

    private static SupplierScorecard.Inputs scorecardInputs(Ratings ratings, Deliveries deliveries, Quantities quantities) {
        return new SupplierScorecard.Inputs(ratings.quality(), ratings.delivery(), ratings.price(), ratings.service(),
                quantities.rejectedPercent() == null ? null : BigDecimal.valueOf(100).subtract(quantities.rejectedPercent()),
                deliveries.onTimePercent());
    }

    private Deliveries deliveries(EntityManager em, UUID id, LocalDate from, LocalDate to) {
        PurchaseOrders.Deliveries d = orders.deliveries(em, id, from, to);
        return new Deliveries(d.receipts(), d.withPromisedDate(), d.onTime(), d.withPromisedDate() == 0 ? null
                : Money.percent(BigDecimal.valueOf(d.onTime()), BigDecimal.valueOf(d.withPromisedDate())));
    }

    private Quantities quantities(EntityManager em, UUID id, LocalDate from, LocalDate to) {
        PurchaseOrders.Quantities q = orders.quantities(em, id, from, to);
        return new Quantities(q.accepted(), q.rejected(), Money.percent(q.rejected(), q.accepted().add(q.rejected())));
    }

    private PriceVariance priceVariance(EntityManager em, UUID id, LocalDate from, LocalDate to) {
        List<PricedLine> ordered = orders.linesByQuote(em, id, from, to);
        List<PricedLine> invoiced = invoices.linesByOrder(em, id, from, to);
        return new PriceVariance(
                SupplierRepository.mark(PriceChanges.meanPercent(ordered, quotes.lines(em, documents(ordered)))),
                SupplierRepository.mark(PriceChanges.meanPercent(invoiced, orders.lines(em, documents(invoiced)))));
    }

    private RfqResponse rfqResponse(EntityManager em, UUID id, LocalDate from, LocalDate to) {
        Quotes.Responses responses = quotes.responses(em, id, from, to);
        return new RfqResponse(responses.quotes(), SupplierRepository.mark(responses.averageHours()));
    }

    private List<Spend> spend(EntityManager em, UUID id, LocalDate from, LocalDate to) {
        return invoices.spend(em, id, from, to).stream().map(s -> new Spend(s.currency(),
                Money.round(s.amount() == null ? BigDecimal.ZERO : s.amount(), s.currency()), s.invoices())).toList();
    }

    private static List<UUID> documents(List<PricedLine> lines) {
        return List.copyOf(new LinkedHashSet<>(lines.stream().map(PricedLine::documentId).toList()));
    }
}
