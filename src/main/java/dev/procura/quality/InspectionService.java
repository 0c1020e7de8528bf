package dev.procura.quality;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.quality.InspectionViews.InspectionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Inspections: opened from receipts and work orders (see {@link AutomaticInspections}) or by hand, read by plant. */
@ApplicationScoped
public class InspectionService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    InspectionRepository inspections;

    @Inject
    InspectionPlants plants;

    @Inject
    DocumentNumbers numbers;

    @Inject
    QualityEvents events;

    public InspectionView create(Caller caller, InspectionRequests.Create request) {
        return tenantData.call(tx -> {
            InspectionPlan plan = tx.em().find(InspectionPlan.class, request.planId());
            List<FieldError> errors = new ArrayList<>();
            if (plan == null) {
                errors.add(new FieldError("plan_id", "no such inspection plan in this tenant"));
            } else if (!plan.isActive()) {
                errors.add(new FieldError("plan_id", "the plan is inactive"));
            } else if (request.itemCode() != null && !request.itemCode().equals(plan.itemCode())) {
                errors.add(new FieldError("item_code", "the plan is for item " + plan.itemCode()));
            }
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            plants.requirePlacement(tx, request.plantId());
            Inspection inspection =
                    open(tx, caller.userId(), plan, Inspection.Origin.manual(), request.plantId(), request.quantity());
            return InspectionView.detail(inspection, plan, List.of());
        });
    }

    /** Opens an inspection in the caller's transaction and publishes {@code inspection.created}. */
    Inspection open(
            TenantTx tx, UUID actor, InspectionPlan plan, Inspection.Origin origin, UUID plantId, BigDecimal quantity) {
        Inspection inspection = new Inspection(
                numbers.next(tx.em(), "inspection", "INS-"), plan, origin, plantId, quantity, actor, tx.now());
        tx.em().persist(inspection);
        events.inspection(tx, actor, "inspection.created", inspection, Map.of());
        return inspection;
    }

    public Page<InspectionView> list(InspectionRepository.Filter filter, int page, int perPage) {
        return tenantData.call(tx -> {
            PlantScope visible = plants.readable();
            if (visible.isEmpty()) {
                return new Page<InspectionView>(List.of(), page, perPage, 0);
            }
            InspectionRepository.Filter within = new InspectionRepository.Filter(
                    filter.status(), filter.itemCode(), filter.source(), filter.plantId(), visible);
            return new Page<>(
                    inspections.list(tx.em(), within, (page - 1) * perPage, perPage).stream()
                            .map(InspectionView::summary)
                            .toList(),
                    page,
                    perPage,
                    inspections.count(tx.em(), within));
        });
    }

    public InspectionView get(UUID id) {
        return tenantData.call(tx -> {
            Inspection inspection = plants.readable(tx.em(), id);
            return InspectionView.detail(
                    inspection,
                    InspectionPlanService.existing(tx.em(), inspection.planId()),
                    inspections.measurements(tx.em(), id));
        });
    }
}
