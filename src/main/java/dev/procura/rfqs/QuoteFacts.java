package dev.procura.rfqs;

import dev.procura.platform.buying.PricedLine;
import dev.procura.platform.buying.Quotes;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What other capabilities may know about quotes: the accepted quote an order is made from, and
 * (through {@link Quotes}) prices and response times for supplier performance.
 */
@ApplicationScoped
public class QuoteFacts implements Quotes {

    /** An accepted quote: who offered it, in which currency, and its lines. */
    public record Accepted(UUID id, UUID supplierId, String currency, List<LineItem> lines) {}

    @Inject
    RfqRepository rfqs;

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
