package dev.procura.analytics;

import dev.procura.analytics.RollupDays.Kind;
import dev.procura.invoices.InvoiceFacts;
import dev.procura.orders.OrderFacts;
import dev.procura.platform.events.EventWritten;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendars;
import dev.procura.rfqs.QuoteFacts;
import dev.procura.suppliers.SupplierFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * In the transaction that writes a change to the facts the rollups sum, marks the days it touches
 * stale (see {@link RollupDays}). A placed order's date, a receipt's and an invoice's date never
 * move (an order is edited only as a draft, which no figure counts), so a change touches the day
 * its document is dated on; for processing times, every day a milestone of the document (and of
 * the documents whose times start or end at one of them) falls on.
 */
@ApplicationScoped
public class RollupInvalidation {

    /** Order events that do not change whether an order is placed: it is a draft before and after. */
    private static final Set<String> DRAFT_EVENTS =
            Set.of("purchase_order.created", "purchase_order.updated", "purchase_order.submitted");

    @Inject
    TenantCalendars calendars;

    @Inject
    OrderFacts orders;

    @Inject
    InvoiceFacts invoices;

    @Inject
    QuoteFacts quotes;

    @Inject
    SupplierFacts suppliers;

    void onEventWritten(@Observes EventWritten event) {
        if (!(event.data() instanceof Map<?, ?> data) || !relevant(event.eventType())) {
            return;
        }
        // The event's own EntityManager: the change rows commit or roll back with the change.
        touch(
                new TenantTx(event.em(), event.tenantId(), null, calendars.of(event.tenantId(), event.em())),
                event.eventType(),
                data);
    }

    private static boolean relevant(String type) {
        return type.startsWith("purchase_order.")
                || type.equals("receipt.recorded")
                || type.startsWith("invoice.")
                || type.equals("supplier.rated")
                || type.startsWith("quote.")
                || type.startsWith("rfq.");
    }

    private void touch(TenantTx tx, String type, Map<?, ?> data) {
        List<Instant> milestones = new ArrayList<>();
        if (type.startsWith("purchase_order.") && data.get("purchase_order_id") instanceof UUID order) {
            if (!DRAFT_EVENTS.contains(type)) {
                orders.orderDate(tx, order).ifPresent(day -> RollupDays.touch(tx.em(), Kind.SPEND, List.of(day)));
            }
            milestones.addAll(orders.milestones(tx, order));
        } else if (type.equals("receipt.recorded") && data.get("purchase_order_id") instanceof UUID order) {
            if (data.get("received_on") instanceof String day) {
                RollupDays.touch(tx.em(), Kind.RECEIPTS, List.of(LocalDate.parse(day)));
            }
            // The order's first receipt starts its invoice's time and ends its delivery time.
            milestones.addAll(orders.milestones(tx, order));
            milestones.addAll(invoices.milestonesOfOrder(tx, order));
        } else if (type.startsWith("invoice.") && data.get("invoice_id") instanceof UUID invoice) {
            invoices.invoiceDate(tx, invoice).ifPresent(day -> RollupDays.touch(tx.em(), Kind.VARIANCES, List.of(day)));
            // Every invoice of the order: a cancelled one may hand "first of its order" to another.
            milestones.addAll(invoices.milestonesOfOrderOf(tx, invoice));
        } else if (type.equals("supplier.rated") && data.get("rating_id") instanceof UUID rating) {
            suppliers
                    .ratedAt(tx, rating)
                    .ifPresent(at -> RollupDays.touch(
                            tx.em(), Kind.RATINGS, List.of(tx.calendar().dateOf(at))));
        } else if (data.get("rfq_id") instanceof UUID rfq) {
            quotes.firstQuoteAt(tx, rfq).ifPresent(milestones::add);
        }
        if (!milestones.isEmpty()) {
            RollupDays.touch(
                    tx.em(),
                    Kind.PROCESSING,
                    milestones.stream().map(at -> tx.calendar().dateOf(at)).toList());
        }
    }
}
