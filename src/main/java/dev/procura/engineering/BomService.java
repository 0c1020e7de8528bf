package dev.procura.engineering;

import dev.procura.engineering.BomViews.BomView;
import dev.procura.engineering.BomViews.ExplosionView;
import dev.procura.engineering.BomViews.LineView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.masters.ItemCosts.ItemCost;
import dev.procura.platform.masters.NotConvertible;
import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.projects.ProjectDirectory.ProjectRef;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's bill of materials: lines of items under their parent line (only a make line has
 * children), each item one of the item master in a unit convertible to its base unit; the BOM
 * exploded for a quantity of the project and costed from the items' standard costs
 * ({@link BomExplosion}).
 */
@ApplicationScoped
public class BomService {

    private static final int POSITION_STEP = 10;

    @Inject
    TenantTransactions tenantData;

    @Inject
    BomRepository lines;

    @Inject
    ProjectAccess projects;

    @Inject
    ItemCosts items;

    @Inject
    UnitConversions units;

    @Inject
    EngineeringEvents events;

    public BomView bom(UUID projectId) {
        return tenantData.call(tx -> {
            ProjectRef project = projects.readable(tx, projectId);
            return new BomView(
                    project.id(),
                    project.code(),
                    lines.lines(tx.em(), projectId).stream().map(LineView::of).toList());
        });
    }

    public LineView add(Caller caller, UUID projectId, BomRequests.Line request) {
        BomSource source = BomSource.of(request.source()).orElseThrow();
        return tenantData.call(tx -> {
            projects.writable(tx, projectId);
            List<BomLine> existing = lines.lines(tx.em(), projectId);
            List<FieldError> errors = new ArrayList<>();
            requireParent(existing, request.parentId(), errors);
            requireItemInUnit(tx, request.itemCode(), request.unit(), errors);
            int position = position(existing, request, errors);
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            BomLine line = new BomLine(
                    projectId,
                    request.parentId(),
                    position,
                    request.itemCode(),
                    request.quantity(),
                    request.unit(),
                    source,
                    tx.now());
            tx.em().persist(line);
            events.bomLineAdded(tx, caller.userId(), line);
            return LineView.of(line);
        });
    }

    public LineView line(UUID projectId, UUID lineId) {
        return tenantData.call(tx -> {
            projects.readable(tx, projectId);
            return LineView.of(existing(lines.lines(tx.em(), projectId), projectId, lineId));
        });
    }

    /** Removes a line and every line under it. */
    public void remove(Caller caller, UUID projectId, UUID lineId) {
        tenantData.call(tx -> {
            projects.writable(tx, projectId);
            List<BomLine> existing = lines.lines(tx.em(), projectId);
            removeTree(tx, caller, existing, existing(existing, projectId, lineId));
            return null;
        });
    }

    public ExplosionView explosion(UUID projectId, BigDecimal quantity) {
        return tenantData.call(tx -> {
            projects.readable(tx, projectId);
            return ExplosionView.of(projectId, explode(tx, projectId, quantity));
        });
    }

    BomExplosion.Result explode(TenantTx tx, UUID projectId, BigDecimal quantity) {
        List<BomLine> bom = lines.lines(tx.em(), projectId);
        Map<String, ItemCost> costs =
                items.of(tx, bom.stream().map(BomLine::itemCode).distinct().toList());
        return BomExplosion.explode(
                bom.stream().map(BomLine::asExplosionLine).toList(), quantity, new BomExplosion.Pricing() {
                    @Override
                    public Optional<BomExplosion.Cost> cost(String itemCode) {
                        return Optional.ofNullable(costs.get(itemCode))
                                .map(c -> new BomExplosion.Cost(c.baseUnit(), c.standardCost(), c.currency()));
                    }

                    @Override
                    public BigDecimal toBaseUnit(String itemCode, BigDecimal quantity, String unit, String baseUnit) {
                        try {
                            return units.convert(tx, itemCode, quantity, unit, baseUnit);
                        } catch (NotConvertible e) {
                            return null;
                        }
                    }
                });
    }

    private void removeTree(TenantTx tx, Caller caller, List<BomLine> all, BomLine line) {
        for (BomLine child : all) {
            if (line.id().equals(child.parentId())) {
                removeTree(tx, caller, all, child);
            }
        }
        tx.em().remove(line);
        tx.em().flush();
        events.bomLineRemoved(tx, caller.userId(), line);
    }

    private static BomLine existing(List<BomLine> bom, UUID projectId, UUID lineId) {
        return bom.stream()
                .filter(l -> l.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> new Failure.NotFound("No BOM line " + lineId + " in project " + projectId));
    }

    private static void requireParent(List<BomLine> existing, UUID parentId, List<FieldError> errors) {
        if (parentId == null) {
            return;
        }
        Optional<BomLine> parent =
                existing.stream().filter(l -> l.id().equals(parentId)).findFirst();
        if (parent.isEmpty()) {
            errors.add(new FieldError("parent_id", "is not a line of this project's BOM"));
        } else if (parent.get().source() != BomSource.MAKE) {
            errors.add(new FieldError("parent_id", "is a buy line; only a make line has child lines"));
        }
    }

    private void requireItemInUnit(TenantTx tx, String itemCode, String unit, List<FieldError> errors) {
        ItemCost item = items.of(tx, List.of(itemCode)).get(itemCode);
        if (item == null) {
            errors.add(new FieldError("item_code", "is not an item of the item master"));
            return;
        }
        try {
            units.convert(tx, itemCode, BigDecimal.ONE, unit, item.baseUnit());
        } catch (NotConvertible e) {
            errors.add(new FieldError("unit", "does not convert to the item's base unit " + item.baseUnit()));
        }
    }

    private static int position(List<BomLine> existing, BomRequests.Line request, List<FieldError> errors) {
        List<BomLine> siblings = existing.stream()
                .filter(l -> Objects.equals(l.parentId(), request.parentId()))
                .toList();
        if (request.position() == null) {
            return siblings.stream().mapToInt(BomLine::position).max().orElse(0) + POSITION_STEP;
        }
        if (siblings.stream().anyMatch(l -> l.position() == request.position())) {
            errors.add(new FieldError("position", "is taken by another line under the same parent"));
        }
        return request.position();
    }
}
