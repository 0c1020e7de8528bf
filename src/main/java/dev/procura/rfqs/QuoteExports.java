package dev.procura.rfqs;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.DocumentExports;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Quotes for conversions and reports, in number order, dated by the day they are valid until. */
@ApplicationScoped
public class QuoteExports extends DocumentExports<Quote.Status, Quote> {

    public QuoteExports() {
        super(Quote.class, Quote.Status.class, RfqViews.QuoteView.class, "validUntil", true);
    }

    @Override
    public String type() {
        return "quote";
    }

    @Override
    public String readPermission() {
        return Permissions.PURCHASING_READ;
    }

    @Override
    protected Record view(TenantTx tx, Quote quote) {
        return RfqViews.QuoteView.of(quote, tx.today(), Map.of());
    }

    @Override
    protected List<LineItem> lines(Quote quote) {
        return quote.lines();
    }

    @Override
    protected String customFieldsJson(Quote document) {
        return document.customFieldsJson();
    }
}
