package dev.procura.orders;

import dev.procura.budgets.BudgetFigures;
import dev.procura.budgets.BudgetService;
import dev.procura.orders.OrderViews.OrderView;
import dev.procura.platform.approvals.ApprovalPort;
import dev.procura.platform.costcentres.CostCentres;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.projects.ProjectBudgets;
import dev.procura.platform.projects.ProjectDirectory;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.procurement.LineImport;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.LineRequest;
import dev.procura.procurement.LineTaxes;
import dev.procura.procurement.Lines;
import dev.procura.procurement.Money;
import dev.procura.procurement.ProcurementEvents;
import dev.procura.procurement.StatusMachine;
import dev.procura.rfqs.QuoteFacts;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.suppliers.SupplierService;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Purchase orders from draft to closed. Submitting checks the supplier and the budgets and hands
 * the order to the approval port; no endpoint sets {@code approved} directly.
 */
@ApplicationScoped
public class PurchaseOrderService {

    @Inject
    LineTaxes lineTaxes;

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(PurchaseOrderService.class.getName());

    @Inject
    TenantTransactions tenantData;

    @Inject
    OrderRepository orders;

    @Inject
    SupplierService suppliers;

    @Inject
    SupplierFacts supplierFacts;

    @Inject
    QuoteFacts quotes;

    @Inject
    BudgetService budgets;

    @Inject
    SettingsService settings;

    @Inject
    DocumentNumbers numbers;

    @Inject
    LineImport lineImport;

    @Inject
    ApprovalPort approvals;

    @Inject
    ProcurementEvents events;

    @Inject
    CustomFields customFields;

    @Inject
    OrderPlants plants;

    @Inject
    CostCentres costCentres;

    @Inject
    ProjectDirectory projects;

    @Inject
    ProjectBudgets projectBudgets;

    public OrderView create(Caller caller, OrderRequests.Order request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            plants.requirePlacement(tx, request.plantId(), null);
            String costCenter = costCentres.requireActive(tx, request.costCenter(), "cost_center");
            Drafted drafted = draft(tx, request);
            PurchaseOrder order = new PurchaseOrder(
                    numbers.next(
                            em,
                            "purchase_order",
                            settings.current(em).numbering().purchaseOrderPrefix()),
                    caller.userId(),
                    tx.now());
            order.describe(drafted.source(), request, drafted.lines(), tx.now(), tx.today());
            order.costCenter(costCenter);
            requireOpenProject(tx, request.projectId());
            order.customFields(customFields.accept(tx, ENTITY, request.customFields(), null));
            budgets.requireComparable(tx, order.costCenter(), order.orderDate(), order.currency());
            em.persist(order);
            events.publish(
                    tx,
                    caller.userId(),
                    "purchase_order.created",
                    order.id(),
                    Map.of(
                            "purchase_order_id",
                            order.id(),
                            "number",
                            order.number(),
                            "supplier_id",
                            order.supplierId(),
                            "total",
                            order.totals().total(),
                            "currency",
                            order.currency()));
            return view(tx, order, drafted.warnings(), List.of());
        });
    }

    /** A draft order whose lines come from an uploaded CSV, XLSX or JSON document. */
    public OrderView importDraft(Caller caller, OrderRequests.OrderImport request) {
        if (request.order().quoteId() != null) {
            throw new Failure.InvalidInput("order.quote_id", "an imported order takes its lines from the document");
        }
        LineImport.Imported imported = lineImport.read(caller, request.documentId());
        OrderRequests.Order o = request.order();
        try {
            return create(
                    caller,
                    new OrderRequests.Order(
                            o.supplierId(),
                            null,
                            o.currency(),
                            o.costCenter(),
                            o.plantId(),
                            o.orderDate(),
                            o.expectedDeliveryDate(),
                            o.paymentTerms(),
                            o.notes(),
                            imported.lines(),
                            o.customFields(),
                            o.projectId()));
        } catch (Failure.InvalidInput e) {
            throw imported.onRows(e);
        }
    }

    /** Only the orders of plants the caller may read purchase orders at. */
    public Page<OrderView> list(
            OrderRepository.Filter requested, CustomFieldFilter custom, String sort, int page, int perPage) {
        OrderRepository.Filter filter = requested.within(plants.readable());
        if (filter.visible().isEmpty()) {
            return new Page<>(List.of(), page, perPage, 0);
        }
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "o.customFields");
            Function<String, Map<String, Object>> shown = criteria::show;
            return new Page<>(
                    orders.list(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(o -> OrderView.of(o, List.of(), List.of(), shown.apply(o.customFieldsJson())))
                            .toList(),
                    page,
                    perPage,
                    orders.count(tx.em(), filter, criteria));
        });
    }

    /** The API name of purchase orders for custom fields. */
    static final String ENTITY = "purchase_order";

    private OrderView view(
            TenantTx tx, PurchaseOrder order, List<String> warnings, List<BudgetFigures> budgetWarnings) {
        return OrderView.of(
                order, warnings, budgetWarnings, customFields.viewer(tx, ENTITY).apply(order.customFieldsJson()));
    }

    public OrderView get(UUID id) {
        return tenantData.call(tx -> view(tx, plants.readable(tx.em(), id), List.of(), List.of()));
    }

    public OrderView update(Caller caller, UUID id, OrderRequests.Order request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            PurchaseOrder order = plants.writable(em, id);
            order.requireDraft("changed");
            plants.requirePlacement(tx, request.plantId(), order.plantId());
            // A cost centre deactivated since stays on the order; only a different one is checked.
            String costCenter = request.costCenter().equals(order.costCenter())
                    ? order.costCenter()
                    : costCentres.requireActive(tx, request.costCenter(), "cost_center");
            Drafted drafted = draft(tx, request);
            order.describe(drafted.source(), request, drafted.lines(), tx.now(), tx.today());
            order.costCenter(costCenter);
            requireOpenProject(tx, request.projectId());
            order.customFields(customFields.accept(tx, ENTITY, request.customFields(), order.customFieldsJson()));
            budgets.requireComparable(tx, order.costCenter(), order.orderDate(), order.currency());
            events.publish(
                    tx,
                    caller.userId(),
                    "purchase_order.updated",
                    id,
                    Map.of("purchase_order_id", id, "total", order.totals().total()));
            return view(tx, order, drafted.warnings(), List.of());
        });
    }

    /**
     * Submits for approval: the supplier must still be admitted and a {@code stop} budget must
     * hold the order; then the approval port decides (the default approves at once).
     */
    public OrderView submit(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            PurchaseOrder order = plants.writable(em, id);
            order.requireDraft("submitted");
            List<String> warnings = suppliers.admitForNewBusiness(tx, order.supplierId(), "supplier_id");
            List<BudgetFigures> budgetWarnings = checkBudgets(tx, caller.userId(), order);
            order.submit(caller.userId(), tx.now());
            events.publish(
                    tx,
                    caller.userId(),
                    "purchase_order.submitted",
                    id,
                    Map.of(
                            "purchase_order_id",
                            id,
                            "number",
                            order.number(),
                            "total",
                            order.totals().total(),
                            "currency",
                            order.currency(),
                            "cost_center",
                            order.costCenter()));
            approvals.requested(tx, PurchaseOrderApprovals.subject(order));
            LOG.info(
                    () -> "Purchase order " + order.number() + " submitted; now " + StatusMachine.name(order.status()));
            return view(tx, order, warnings, budgetWarnings);
        });
    }

    /** A project an order names exists and is not closed. */
    private void requireOpenProject(TenantTx tx, UUID projectId) {
        if (projectId == null) {
            return;
        }
        ProjectDirectory.ProjectRef project = projects.project(tx, projectId)
                .orElseThrow(() -> new Failure.InvalidInput("project_id", "no such project in this tenant"));
        if ("closed".equals(project.status())) {
            throw new Failure.InvalidInput("project_id", "project " + project.code() + " is closed");
        }
    }

    /**
     * The budget check of submit and approval; warnings are also published as {@code budget.warning}.
     * An order naming a project must also stay within the project's budget.
     */
    List<BudgetFigures> checkBudgets(TenantTx tx, UUID actor, PurchaseOrder order) {
        if (order.projectId() != null) {
            projectBudgets.requireWithinBudget(
                    tx,
                    order.projectId(),
                    order.id(),
                    "Purchase order " + order.number(),
                    order.orderDate(),
                    order.currency(),
                    order.totals().total());
        }
        BudgetService.Verdict verdict = budgets.check(
                tx,
                new BudgetService.Claim(
                        order.id(),
                        "Purchase order " + order.number(),
                        order.costCenter(),
                        order.orderDate(),
                        order.currency(),
                        order.totals().total()));
        for (BudgetFigures warning : verdict.warnings()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("purchase_order_id", order.id());
            data.put("number", order.number());
            data.put("budget", warning);
            data.put("submitted_by", order.submittedBy() != null ? order.submittedBy() : actor);
            events.publish(tx, actor, "budget.warning", order.id(), data);
        }
        return verdict.warnings();
    }

    public OrderView send(Caller caller, UUID id) {
        return move(caller, id, "purchase_order.sent", order -> order.send(clock.instant()), Map.of());
    }

    public OrderView close(Caller caller, UUID id) {
        return move(caller, id, "purchase_order.closed", order -> order.close(clock.instant()), Map.of());
    }

    public OrderView cancel(Caller caller, UUID id, OrderRequests.Cancel request) {
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return move(
                caller,
                id,
                "purchase_order.cancelled",
                order -> order.cancel(clock.instant()),
                Map.of("reason", reason));
    }

    private OrderView move(
            Caller caller,
            UUID id,
            String event,
            java.util.function.Consumer<PurchaseOrder> change,
            Map<String, Object> extra) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            PurchaseOrder order = plants.writable(em, id);
            change.accept(order);
            Map<String, Object> data = new LinkedHashMap<>(extra);
            data.put("purchase_order_id", id);
            data.put("number", order.number());
            events.publish(tx, caller.userId(), event, id, data);
            return view(tx, order, List.of(), List.of());
        });
    }

    private record Drafted(OrderRequests.Source source, List<LineItem> lines, List<String> warnings) {}

    /** Resolves supplier, currency and lines: from an accepted quote, or as given. */
    private Drafted draft(TenantTx tx, OrderRequests.Order request) {
        if (request.quoteId() != null) {
            QuoteFacts.Accepted quote = quotes.accepted(tx, request.quoteId());
            if (request.supplierId() != null && !request.supplierId().equals(quote.supplierId())) {
                throw new Failure.InvalidInput("supplier_id", "must be the quote's supplier (or left out)");
            }
            if (request.currency() != null && !request.currency().equals(quote.currency())) {
                throw new Failure.InvalidInput("currency", "must be the quote's currency (or left out)");
            }
            List<LineRequest> lines = request.lines() == null || request.lines().isEmpty()
                    ? quote.lines().stream().map(Lines::copy).toList()
                    : request.lines();
            List<String> warnings = suppliers.admitForNewBusiness(tx, quote.supplierId(), "quote_id");
            return new Drafted(
                    new OrderRequests.Source(
                            quote.supplierId(), quote.id(), quote.currency(), paymentTerms(tx, quote.supplierId())),
                    lineTaxes.price(tx, lines, quote.currency(), tx.today(), true),
                    warnings);
        }
        if (request.supplierId() == null) {
            throw new Failure.InvalidInput("supplier_id", "is required unless quote_id is given");
        }
        if (request.currency() == null || !Money.isCurrency(request.currency())) {
            throw new Failure.InvalidInput(
                    "currency",
                    request.currency() == null
                            ? "is required unless quote_id is given"
                            : "is not an ISO 4217 currency code");
        }
        List<LineItem> lines = lineTaxes.price(tx, request.lines(), request.currency(), tx.today(), true);
        List<String> warnings = suppliers.admitForNewBusiness(tx, request.supplierId(), "supplier_id");
        return new Drafted(
                new OrderRequests.Source(
                        request.supplierId(), null, request.currency(), paymentTerms(tx, request.supplierId())),
                lines,
                warnings);
    }

    /** The supplier's terms; it exists, having been admitted. */
    private String paymentTerms(TenantTx tx, UUID supplierId) {
        return supplierFacts.profile(tx, supplierId).orElseThrow().paymentTerms();
    }

    static PurchaseOrder existing(EntityManager em, UUID id) {
        PurchaseOrder order = em.find(PurchaseOrder.class, id);
        if (order == null) {
            throw new Failure.NotFound("No purchase order " + id + " in this tenant");
        }
        return order;
    }
}
