package dev.procura.engineering;

import dev.procura.engineering.ProcurementViews.DraftView;
import dev.procura.engineering.ProcurementViews.NeedView;
import dev.procura.engineering.ProcurementViews.ProcurementView;
import dev.procura.engineering.ProcurementViews.UnboughtView;
import dev.procura.platform.buying.DraftOrders;
import dev.procura.platform.buying.DraftPurchases;
import dev.procura.platform.buying.DraftRfqs;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.masters.ItemCosts.ItemCost;
import dev.procura.platform.masters.ItemSuppliers;
import dev.procura.platform.projects.ProjectDirectory.ProjectRef;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * "Buy the BOM's buy lines" in one action: the explosion's buy needs, aggregated per item in its
 * base unit, drafted as one RFQ inviting the items' default suppliers, or as one purchase order per
 * default supplier (naming the project, priced at the items' standard cost). Needs that cannot be
 * bought so (no default supplier, no standard cost in the currency) are reported back, not failed;
 * the drafts are made by the RFQs and orders capabilities through their ports, in this transaction.
 */
@ApplicationScoped
public class BomProcurement {

    static final int QUANTITY_SCALE = 3;
    static final int RFQ_DAYS = 14;

    @Inject
    TenantTransactions tenantData;

    @Inject
    ProjectAccess projects;

    @Inject
    BomService bom;

    @Inject
    ItemCosts items;

    @Inject
    ItemSuppliers suppliers;

    @Inject
    DraftRfqs rfqs;

    @Inject
    DraftOrders orders;

    @Inject
    EngineeringEvents events;

    public ProcurementView procure(Caller caller, UUID projectId, ProcurementRequests.Procurement request) {
        boolean isOrder = "purchase_order".equals(request.kind());
        if (isOrder && (request.costCenter() == null || request.costCenter().isBlank())) {
            throw new Failure.InvalidInput("cost_center", "is required for purchase orders");
        }
        BigDecimal quantity = request.quantity() == null ? BigDecimal.ONE : request.quantity();
        return tenantData.call(tx -> {
            ProjectRef project = projects.writable(tx, projectId);
            List<BomExplosion.Need> needs = BomExplosion.buyNeeds(bom.explode(tx, projectId, quantity));
            List<String> codes =
                    needs.stream().map(BomExplosion.Need::itemCode).distinct().toList();
            Map<String, UUID> defaults = suppliers.defaultSuppliers(tx, codes);
            List<UnboughtView> unbought = new ArrayList<>();
            List<DraftView> created = isOrder
                    ? orders(tx, caller, project, request, needs, defaults, unbought)
                    : rfq(tx, caller, project, request, needs, defaults, unbought);
            events.bomProcured(tx, caller.userId(), projectId, request.kind(), created);
            return new ProcurementView(projectId, request.kind(), quantity, created, unbought);
        });
    }

    private List<DraftView> orders(
            TenantTx tx,
            Caller caller,
            ProjectRef project,
            ProcurementRequests.Procurement request,
            List<BomExplosion.Need> needs,
            Map<String, UUID> defaults,
            List<UnboughtView> unbought) {
        Map<String, ItemCost> costs = items.of(
                tx, needs.stream().map(BomExplosion.Need::itemCode).distinct().toList());
        Map<UUID, List<NeedView>> bySupplier = new TreeMap<>();
        for (BomExplosion.Need need : needs) {
            BigDecimal quantity = need.quantity().setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
            UUID supplier = defaults.get(need.itemCode());
            ItemCost cost = costs.get(need.itemCode());
            if (supplier == null) {
                unbought.add(new UnboughtView(need.itemCode(), quantity, need.unit(), "no default supplier"));
            } else if (cost == null
                    || cost.standardCost() == null
                    || !request.currency().equals(cost.currency())
                    || !need.unit().equals(cost.baseUnit())) {
                unbought.add(new UnboughtView(
                        need.itemCode(), quantity, need.unit(), "no standard cost in " + request.currency()));
            } else if (quantity.signum() == 0) {
                unbought.add(new UnboughtView(need.itemCode(), quantity, need.unit(), "quantity rounds to 0"));
            } else {
                bySupplier
                        .computeIfAbsent(supplier, s -> new ArrayList<>())
                        .add(new NeedView(need.itemCode(), quantity, need.unit(), cost.standardCost()));
            }
        }
        List<DraftView> created = new ArrayList<>();
        bySupplier.forEach((supplier, lines) -> {
            DraftPurchases.Drafted order = orders.createPurchaseOrder(
                    caller,
                    supplier,
                    request.currency(),
                    request.costCenter(),
                    project.plantId(),
                    project.id(),
                    notes(project),
                    lines.stream().map(BomProcurement::line).toList());
            created.add(new DraftView(order.id(), order.number(), List.of(supplier), lines));
        });
        return created;
    }

    private List<DraftView> rfq(
            TenantTx tx,
            Caller caller,
            ProjectRef project,
            ProcurementRequests.Procurement request,
            List<BomExplosion.Need> needs,
            Map<String, UUID> defaults,
            List<UnboughtView> unbought) {
        Map<String, NeedView> lines = new LinkedHashMap<>();
        for (BomExplosion.Need need : needs) {
            BigDecimal quantity = need.quantity().setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
            if (quantity.signum() == 0) {
                unbought.add(new UnboughtView(need.itemCode(), quantity, need.unit(), "quantity rounds to 0"));
            } else {
                lines.put(
                        need.itemCode() + " " + need.unit(),
                        new NeedView(need.itemCode(), quantity, need.unit(), null));
            }
        }
        List<UUID> invited = lines.values().stream()
                .map(l -> defaults.get(l.itemCode()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        if (invited.isEmpty()) {
            lines.values()
                    .forEach(l -> unbought.add(
                            new UnboughtView(l.itemCode(), l.quantity(), l.unit(), "no default supplier to invite")));
            return List.of();
        }
        DraftPurchases.Drafted rfq = rfqs.createRfq(
                caller,
                "Project " + project.code() + ": BOM buy lines",
                request.currency(),
                request.dueDate() != null ? request.dueDate() : tx.today().plusDays(RFQ_DAYS),
                notes(project),
                invited,
                lines.values().stream().map(BomProcurement::line).toList());
        return List.of(new DraftView(rfq.id(), rfq.number(), invited, List.copyOf(lines.values())));
    }

    private static DraftPurchases.Line line(NeedView need) {
        return new DraftPurchases.Line(need.itemCode(), null, need.quantity(), need.unit(), need.unitPrice());
    }

    private static String notes(ProjectRef project) {
        return "Project " + project.code() + " (" + project.name() + "): BOM buy lines";
    }
}
