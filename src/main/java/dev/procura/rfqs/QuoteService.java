package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.procurement.LineImport;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.LineTaxes;
import dev.procura.procurement.Lines;
import dev.procura.procurement.ProcurementEvents;
import dev.procura.rfqs.RfqViews.Comparison;
import dev.procura.rfqs.RfqViews.QuoteView;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Quotes: a supplier's priced answer to a sent RFQ (entered by the buyer), compared side by side,
 * and accepted (awarding the RFQ and declining the others) or rejected.
 */
@ApplicationScoped
public class QuoteService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    RfqRepository rfqs;

    @Inject
    SupplierFacts suppliers;

    @Inject
    SettingsService settings;

    @Inject
    DocumentNumbers numbers;

    @Inject
    LineImport lineImport;

    @Inject
    ProcurementEvents events;

    @Inject
    CustomFields customFields;

    @Inject
    LineTaxes lineTaxes;

    /** The API name of quotes for custom fields. */
    static final String ENTITY = "quote";

    private QuoteView view(TenantTx tx, Quote quote) {
        return QuoteView.of(quote, tx.today(), customFields.viewer(tx, ENTITY).apply(quote.customFieldsJson()));
    }

    public QuoteView record(Caller caller, RfqRequests.Quote request) {
        Lines.price(request.lines(), request.currency(), true); // the lines' own faults before any lookup
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            List<LineItem> lines = lineTaxes.price(tx, request.lines(), request.currency(), tx.today(), true);
            Rfq rfq = rfqFor(em, request);
            rfq.require("quoted", Rfq.Status.SENT);
            if (rfqs.hasQuote(em, rfq.id(), request.supplierId())) {
                throw new Failure.Conflict(
                        ProblemType.QUOTE_EXISTS,
                        "This supplier has already quoted for " + rfq.number() + "; change that quote instead");
            }
            checkLines(rfq, lines);
            Quote quote = new Quote(
                    numbers.next(em, "quote", settings.current(em).numbering().quotePrefix()),
                    caller.userId(),
                    tx.now());
            quote.describe(request, lines, tx.now());
            quote.customFields(customFields.accept(tx, ENTITY, request.customFields(), null));
            em.persist(quote);
            events.publish(
                    tx,
                    caller.userId(),
                    "quote.received",
                    quote.id(),
                    Map.of(
                            "quote_id",
                            quote.id(),
                            "rfq_id",
                            rfq.id(),
                            "supplier_id",
                            quote.supplierId(),
                            "total",
                            quote.totals().total(),
                            "currency",
                            quote.currency()));
            return view(tx, quote);
        });
    }

    /** A quote whose lines come from an uploaded CSV, XLSX or JSON document. */
    public QuoteView importQuote(Caller caller, RfqRequests.QuoteImport request) {
        LineImport.Imported imported = lineImport.read(caller, request.documentId());
        RfqRequests.Quote q = request.quote();
        try {
            return record(
                    caller,
                    new RfqRequests.Quote(
                            q.rfqId(),
                            q.supplierId(),
                            q.currency(),
                            q.validUntil(),
                            q.leadTimeDays(),
                            q.supplierReference(),
                            q.notes(),
                            imported.lines(),
                            q.customFields()));
        } catch (Failure.InvalidInput e) {
            throw imported.onRows(e);
        }
    }

    public Page<QuoteView> list(
            RfqRepository.QuoteFilter filter, CustomFieldFilter custom, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "q.customFields");
            Function<String, Map<String, Object>> shown = criteria::show;
            return new Page<>(
                    rfqs.quotes(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(q -> QuoteView.of(q, tx.today(), shown.apply(q.customFieldsJson())))
                            .toList(),
                    page,
                    perPage,
                    rfqs.countQuotes(tx.em(), filter, criteria));
        });
    }

    public QuoteView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id)));
    }

    /** A revised offer, while the quote is still open and its RFQ still sent. */
    public QuoteView revise(Caller caller, UUID id, RfqRequests.Quote request) {
        Lines.price(request.lines(), request.currency(), true); // the lines' own faults before any lookup
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            List<LineItem> lines = lineTaxes.price(tx, request.lines(), request.currency(), tx.today(), true);
            Quote quote = existing(em, id);
            quote.requireReceived("changed");
            if (!quote.rfqId().equals(request.rfqId()) || !quote.supplierId().equals(request.supplierId())) {
                throw new Failure.InvalidInput("rfq_id", "a quote cannot move to another RFQ or supplier");
            }
            Rfq rfq = RfqService.existing(em, quote.rfqId());
            rfq.require("quoted", Rfq.Status.SENT);
            checkLines(rfq, lines);
            quote.describe(request, lines, tx.now());
            quote.customFields(customFields.accept(tx, ENTITY, request.customFields(), quote.customFieldsJson()));
            events.publish(
                    tx,
                    caller.userId(),
                    "quote.revised",
                    id,
                    Map.of("quote_id", id, "total", quote.totals().total()));
            return view(tx, quote);
        });
    }

    /** Accepts the quote: its RFQ is awarded to it and the RFQ's other open quotes are declined. */
    public QuoteView accept(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Quote quote = existing(em, id);
            if (quote.isExpired(tx.today())) {
                throw new Failure.Conflict(
                        ProblemType.QUOTE_EXPIRED,
                        "Quote " + quote.number() + " was valid until " + quote.validUntil(),
                        Map.of("valid_until", quote.validUntil().toString()));
            }
            Rfq rfq = RfqService.existing(em, quote.rfqId());
            quote.accept(tx.now());
            rfq.award(quote.id(), tx.now());
            for (Quote other : rfqs.quotesOf(em, rfq.id())) {
                if (!other.id().equals(id) && other.status() == Quote.Status.RECEIVED) {
                    other.reject(tx.now());
                    events.publish(
                            tx,
                            caller.userId(),
                            "quote.rejected",
                            other.id(),
                            Map.of("quote_id", other.id(), "rfq_id", rfq.id(), "reason", "another quote was accepted"));
                }
            }
            events.publish(
                    tx,
                    caller.userId(),
                    "quote.accepted",
                    id,
                    Map.of(
                            "quote_id",
                            id,
                            "rfq_id",
                            rfq.id(),
                            "supplier_id",
                            quote.supplierId(),
                            "total",
                            quote.totals().total()));
            return view(tx, quote);
        });
    }

    public QuoteView reject(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Quote quote = existing(em, id);
            quote.reject(tx.now());
            events.publish(tx, caller.userId(), "quote.rejected", id, Map.of("quote_id", id, "rfq_id", quote.rfqId()));
            return view(tx, quote);
        });
    }

    public Comparison compare(UUID rfqId) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Rfq rfq = RfqService.existing(em, rfqId);
            List<Quote> quotes = rfqs.quotesOf(em, rfqId);
            Map<UUID, SupplierFacts.Profile> names = new HashMap<>();
            for (Quote quote : quotes) {
                names.put(
                        quote.supplierId(),
                        suppliers.profile(tx, quote.supplierId()).orElseThrow());
            }
            return QuoteComparison.of(rfq, quotes, names, tx.today());
        });
    }

    private Rfq rfqFor(EntityManager em, RfqRequests.Quote request) {
        Rfq rfq = em.find(Rfq.class, request.rfqId());
        if (rfq == null) {
            throw new Failure.InvalidInput("rfq_id", "is not an RFQ of this tenant");
        }
        if (!rfq.supplierIds().contains(request.supplierId())) {
            throw new Failure.InvalidInput("supplier_id", "was not invited to " + rfq.number());
        }
        if (!rfq.currency().equals(request.currency())) {
            throw new Failure.InvalidInput(
                    "currency", "must be the RFQ's currency " + rfq.currency() + " so quotes compare");
        }
        return rfq;
    }

    /** Every quoted item must be one the RFQ asks for. */
    private static void checkLines(Rfq rfq, List<LineItem> lines) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).itemCode();
            if (rfq.lines().stream().noneMatch(l -> l.itemCode().equals(code))) {
                errors.add(new FieldError("lines[" + i + "].item_code", "is not an item of " + rfq.number()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
    }

    private static Quote existing(EntityManager em, UUID id) {
        Quote quote = em.find(Quote.class, id);
        if (quote == null) {
            throw new Failure.NotFound("No quote " + id + " in this tenant");
        }
        return quote;
    }
}
