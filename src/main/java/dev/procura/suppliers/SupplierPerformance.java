package dev.procura.suppliers;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.buying.Quotes;
import dev.procura.platform.buying.SupplierInvoices;
import dev.procura.platform.quality.SupplierNonConformance;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.Money;
import dev.procura.suppliers.SupplierViews.Deliveries;
import dev.procura.suppliers.SupplierViews.NonConformances;
import dev.procura.suppliers.SupplierViews.PerformanceView;
import dev.procura.suppliers.SupplierViews.PriceVariance;
import dev.procura.suppliers.SupplierViews.Quantities;
import dev.procura.suppliers.SupplierViews.Ratings;
import dev.procura.suppliers.SupplierViews.RfqResponse;
import dev.procura.suppliers.SupplierViews.Spend;
import dev.procura.tenants.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    SupplierNonConformance nonConformance;

    PerformanceView of(TenantTx tx, UUID id, LocalDate from, LocalDate to, TenantSettings tenantSettings) {
        Ratings ratings = suppliers.ratingAverages(tx.em(), id, from, to);
        Deliveries deliveries = deliveries(tx, id, from, to);
        Quantities quantities = quantities(tx, id, from, to);
        NonConformances ncrs = nonConformances(tx, id, from, to);
        SupplierScorecard.Result scorecard =
                SupplierScorecard.score(scorecardInputs(ratings, deliveries, quantities, ncrs), tenantSettings);
        return new PerformanceView(
                id,
                from,
                to,
                orders.submitted(tx, id, from, to),
                ratings,
                deliveries,
                quantities,
                ncrs,
                priceVariance(tx, id, from, to),
                rfqResponse(tx, id, from, to),
                spend(tx, id, from, to),
                scorecard);
    }

    /** The year to {@code today} of the supplier's scorecard inputs, kept in its standing. */
    SupplierScorecard.Inputs standingInputs(TenantTx tx, UUID id, LocalDate today) {
        LocalDate from = today.minusDays(DEFAULT_PERIOD_DAYS);
        return standings.inputs(
                tx.em(),
                id,
                today,
                () -> scorecardInputs(
                        suppliers.ratingAverages(tx.em(), id, from, today),
                        deliveries(tx, id, from, today),
                        quantities(tx, id, from, today),
                        nonConformances(tx, id, from, today)));
    }

    private static SupplierScorecard.Inputs scorecardInputs(
            Ratings ratings, Deliveries deliveries, Quantities quantities, NonConformances ncrs) {
        return new SupplierScorecard.Inputs(
                ratings.quality(),
                ratings.delivery(),
                ratings.price(),
                ratings.service(),
                quantities.rejectedPercent() == null
                        ? null
                        : BigDecimal.valueOf(100).subtract(quantities.rejectedPercent()),
                deliveries.onTimePercent(),
                ncrs.reports());
    }

    private NonConformances nonConformances(TenantTx tx, UUID id, LocalDate from, LocalDate to) {
        SupplierNonConformance.NonConformance found = nonConformance.of(tx, id, from, to);
        return new NonConformances(found.reports(), found.quantity());
    }

    private Deliveries deliveries(TenantTx tx, UUID id, LocalDate from, LocalDate to) {
        PurchaseOrders.Deliveries d = orders.deliveries(tx, id, from, to);
        return new Deliveries(
                d.receipts(),
                d.withPromisedDate(),
                d.onTime(),
                d.withPromisedDate() == 0
                        ? null
                        : Money.percent(BigDecimal.valueOf(d.onTime()), BigDecimal.valueOf(d.withPromisedDate())));
    }

    private Quantities quantities(TenantTx tx, UUID id, LocalDate from, LocalDate to) {
        PurchaseOrders.Quantities q = orders.quantities(tx, id, from, to);
        return new Quantities(
                q.accepted(),
                q.rejected(),
                Money.percent(q.rejected(), q.accepted().add(q.rejected())));
    }

    private PriceVariance priceVariance(TenantTx tx, UUID id, LocalDate from, LocalDate to) {
        List<PricedLine> ordered = orders.linesByQuote(tx, id, from, to);
        List<PricedLine> invoiced = invoices.linesByOrder(tx, id, from, to);
        return new PriceVariance(
                SupplierRepository.mark(PriceChanges.meanPercent(ordered, quotes.lines(tx, documents(ordered)))),
                SupplierRepository.mark(PriceChanges.meanPercent(invoiced, orders.lines(tx, documents(invoiced)))));
    }

    private RfqResponse rfqResponse(TenantTx tx, UUID id, LocalDate from, LocalDate to) {
        Quotes.Responses responses = quotes.responses(tx, id, from, to);
        return new RfqResponse(responses.quotes(), SupplierRepository.mark(responses.averageHours()));
    }

    private List<Spend> spend(TenantTx tx, UUID id, LocalDate from, LocalDate to) {
        return invoices.spend(tx, id, from, to).stream()
                .map(s -> new Spend(
                        s.currency(),
                        Money.round(s.amount() == null ? BigDecimal.ZERO : s.amount(), s.currency()),
                        s.invoices()))
                .toList();
    }

    private static List<UUID> documents(List<PricedLine> lines) {
        return List.copyOf(
                new LinkedHashSet<>(lines.stream().map(PricedLine::documentId).toList()));
    }
}
