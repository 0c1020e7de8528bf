package dev.procura.invoices;

import dev.procura.orders.OrderFacts;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.platform.workflows.WorkflowGate;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.procurement.LineImport;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.LineRequest;
import dev.procura.procurement.LineTaxes;
import dev.procura.procurement.LineView;
import dev.procura.procurement.Money;
import dev.procura.procurement.ProcurementEvents;
import dev.procura.procurement.TaxTotals;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Supplier invoices against purchase orders. Entered through the API they are matched at once;
 * imported ones start as drafts and are matched on request (e.g. after more goods arrive).
 */
@ApplicationScoped
public class InvoiceService {

    @Inject
    Clock clock;

    private static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Inject
    TenantTransactions tenantData;

    @Inject
    InvoiceRepository invoices;

    @Inject
    OrderFacts orders;

    @Inject
    SettingsService settings;

    @Inject
    DocumentNumbers numbers;

    @Inject
    LineImport lineImport;

    @Inject
    LineTaxes lineTaxes;

    @Inject
    ProcurementEvents events;

    @Inject
    WorkflowGate workflow;

    @Inject
    CustomFields customFields;

    @Inject
    UnitConversions units;

    public InvoiceView receive(Caller caller, InvoiceRequests.Invoice request) {
        return tenantData.call(tx -> {
            Invoice invoice = record(tx, caller, request);
            match(tx, caller.userId(), invoice);
            return view(tx, invoice);
        });
    }

    /** A draft invoice whose lines come from an uploaded CSV, XLSX or JSON document; match it next. */
    public InvoiceView importDraft(Caller caller, InvoiceRequests.InvoiceImport request) {
        LineImport.Imported imported = lineImport.read(caller, request.documentId());
        InvoiceRequests.Invoice i = request.invoice();
        InvoiceRequests.Invoice withLines = new InvoiceRequests.Invoice(
                i.purchaseOrderId(),
                i.supplierInvoiceNumber(),
                i.currency(),
                i.invoiceDate(),
                i.dueDate(),
                imported.lines(),
                i.customFields());
        try {
            return tenantData.call(tx -> view(tx, record(tx, caller, withLines)));
        } catch (Failure.InvalidInput e) {
            throw imported.onRows(e);
        }
    }

    private Invoice record(TenantTx tx, Caller caller, InvoiceRequests.Invoice request) {
        EntityManager em = tx.em();
        if (!Money.isCurrency(request.currency())) {
            throw new Failure.InvalidInput("currency", "is not an ISO 4217 currency code");
        }
        List<LineItem> lines = lineTaxes.price(
                tx,
                inOrderUnitsWhenLeftOut(tx, request.purchaseOrderId(), request.lines()),
                request.currency(),
                request.invoiceDate(),
                true);
        OrderFacts.Order order = orders.invoiceable(tx, request.purchaseOrderId());
        if (!order.currency().equals(request.currency())) {
            throw new Failure.InvalidInput("currency", "must be the order's currency " + order.currency());
        }
        if (invoices.exists(em, order.supplierId(), request.supplierInvoiceNumber())) {
            throw new Failure.Conflict(
                    ProblemType.DUPLICATE_INVOICE,
                    "The supplier's invoice " + request.supplierInvoiceNumber() + " is already recorded");
        }
        Invoice invoice = new Invoice(
                numbers.next(em, "invoice", settings.current(em).numbering().invoicePrefix()),
                request,
                order.supplierId(),
                lines,
                caller.userId(),
                clock.instant());
        invoice.customFields(customFields.accept(tx, ENTITY, request.customFields(), null));
        em.persist(invoice);
        events.publish(
                tx,
                caller.userId(),
                "invoice.received",
                invoice.id(),
                Map.of(
                        "invoice_id",
                        invoice.id(),
                        "purchase_order_id",
                        order.id(),
                        "total",
                        invoice.totals().total(),
                        "currency",
                        invoice.currency()));
        return invoice;
    }

    public InvoiceView match(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Invoice invoice = existing(em, id);
            match(tx, caller.userId(), invoice);
            return view(tx, invoice);
        });
    }

    private void match(TenantTx tx, UUID actor, Invoice invoice) {
        EntityManager em = tx.em();
        List<OrderFacts.Line> ordered = orders.lines(tx, invoice.purchaseOrderId());
        Map<String, String> orderUnits = new HashMap<>();
        ordered.forEach(line ->
                orderUnits.putIfAbsent(line.ordered().itemCode(), line.ordered().unit()));
        Map<String, BigDecimal> billedBefore = new HashMap<>();
        for (LineItem billed : invoices.billedLinesBefore(em, invoice.purchaseOrderId(), invoice.id())) {
            String unit = orderUnits.getOrDefault(billed.itemCode(), billed.unit());
            billedBefore.merge(
                    billed.itemCode(),
                    units.convert(tx, billed.itemCode(), billed.quantity(), billed.unit(), unit),
                    BigDecimal::add);
        }
        Map<String, InvoiceMatch.Expected> expected = new HashMap<>();
        for (OrderFacts.Line line : ordered) {
            expected.put(
                    line.ordered().itemCode(),
                    new InvoiceMatch.Expected(
                            line.ordered(),
                            line.acceptedReceived(),
                            billedBefore.getOrDefault(line.ordered().itemCode(), BigDecimal.ZERO)));
        }
        List<InvoiceMatch.Mismatch> mismatches = InvoiceMatch.of(
                invoice.lines(),
                expected,
                settings.current(em).matchTolerancePercent(),
                (line, order) -> line.unit().equals(order.unit())
                        ? new InvoiceMatch.InOrderUnit(line.quantity(), line.unitPrice())
                        : new InvoiceMatch.InOrderUnit(
                                units.convert(tx, line.itemCode(), line.quantity(), line.unit(), order.unit()),
                                units.convertPrice(
                                        tx, line.itemCode(), line.unitPrice(), line.unit(), order.unit(), 4)));
        invoice.matched(mismatches.isEmpty() ? null : JSON.toJson(mismatches), clock.instant());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("invoice_id", invoice.id());
        data.put("number", invoice.number());
        data.put("purchase_order_id", invoice.purchaseOrderId());
        data.put("total", invoice.totals().total());
        if (!mismatches.isEmpty()) {
            data.put("mismatches", mismatches);
        }
        events.publish(tx, actor, mismatches.isEmpty() ? "invoice.matched" : "invoice.mismatch", invoice.id(), data);
    }

    /**
     * Lines sent without a unit count in the unit of the order line of their item (as before units
     * converted, when they were compared as they were); lines with a unit keep it.
     */
    private List<LineRequest> inOrderUnitsWhenLeftOut(TenantTx tx, UUID orderId, List<LineRequest> lines) {
        if (lines == null || lines.stream().allMatch(l -> l == null || l.unit() != null)) {
            return lines;
        }
        Map<String, String> orderUnits = orders.unitsByItem(tx, orderId);
        return lines.stream()
                .map(l -> l == null || l.unit() != null || !orderUnits.containsKey(l.itemCode())
                        ? l
                        : new LineRequest(
                                l.itemCode(),
                                l.description(),
                                l.quantity(),
                                orderUnits.get(l.itemCode()),
                                l.unitPrice(),
                                l.taxRate(),
                                l.taxCode(),
                                l.currency()))
                .toList();
    }

    public InvoiceView pay(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Invoice invoice = existing(em, id);
            invoice.pay(tx.now());
            workflow.requireFinal(tx, InvoiceWorkflowSubjects.TYPE, id, "paid");
            events.publish(
                    tx,
                    caller.userId(),
                    "invoice.paid",
                    id,
                    Map.of("invoice_id", id, "total", invoice.totals().total()));
            return view(tx, invoice);
        });
    }

    public InvoiceView cancel(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Invoice invoice = existing(em, id);
            invoice.cancel(tx.now());
            events.publish(tx, caller.userId(), "invoice.cancelled", id, Map.of("invoice_id", id));
            return view(tx, invoice);
        });
    }

    public Page<InvoiceView> list(
            InvoiceRepository.Filter filter, CustomFieldFilter custom, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "i.customFields");
            Function<String, Map<String, Object>> shown = criteria::show;
            return new Page<>(
                    invoices.list(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(i -> view(i, shown.apply(i.customFieldsJson())))
                            .toList(),
                    page,
                    perPage,
                    invoices.count(tx.em(), filter, criteria));
        });
    }

    /** The API name of invoices for custom fields. */
    static final String ENTITY = "invoice";

    private InvoiceView view(TenantTx tx, Invoice invoice) {
        return view(invoice, customFields.viewer(tx, ENTITY).apply(invoice.customFieldsJson()));
    }

    public InvoiceView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id)));
    }

    private static Invoice existing(EntityManager em, UUID id) {
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new Failure.NotFound("No invoice " + id + " in this tenant");
        }
        return invoice;
    }

    static InvoiceView view(Invoice i, Map<String, Object> customFields) {
        List<InvoiceMatch.Mismatch> mismatches = i.mismatchesJson() == null
                ? null
                : List.of(JSON.fromJson(i.mismatchesJson(), InvoiceMatch.Mismatch[].class));
        return new InvoiceView(
                i.id(),
                i.number(),
                i.supplierInvoiceNumber(),
                i.supplierId(),
                i.purchaseOrderId(),
                i.status().name().toLowerCase(Locale.ROOT),
                i.currency(),
                i.invoiceDate(),
                i.dueDate(),
                LineView.of(i.lines()),
                i.totals().subtotal(),
                i.totals().taxTotal(),
                TaxTotals.of(i.lines()),
                i.totals().total(),
                mismatches,
                i.matchedAt(),
                i.createdBy(),
                i.createdAt(),
                i.updatedAt(),
                customFields);
    }
}
