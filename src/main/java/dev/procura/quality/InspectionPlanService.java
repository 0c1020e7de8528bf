package dev.procura.quality;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.quality.InspectionPlanViews.PlanView;
import dev.procura.typelists.TypeListFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Inspection plans, tenant-wide: one active plan per item, scope and operation; a plan
 * inspections follow is deactivated rather than deleted. Every change is an outbox event.
 */
@ApplicationScoped
public class InspectionPlanService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    InspectionPlanRepository plans;

    @Inject
    InspectionRepository inspections;

    @Inject
    ItemCosts items;

    @Inject
    TypeListFacts typeLists;

    @Inject
    QualityEvents events;

    public PlanView create(Caller caller, InspectionPlanRequests.Define request) {
        return tenantData.call(tx -> {
            requireValid(tx, request);
            InspectionPlan plan = new InspectionPlan(caller.userId(), tx.now());
            requireFree(tx.em(), request, plan.id());
            plan.describe(request, tx.now());
            tx.em().persist(plan);
            tx.em().flush();
            events.plan(tx, caller.userId(), "inspection_plan.created", plan);
            return PlanView.of(plan);
        });
    }

    public Page<PlanView> list(InspectionPlanRepository.Filter filter, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                plans.list(tx.em(), filter, (page - 1) * perPage, perPage).stream()
                        .map(PlanView::of)
                        .toList(),
                page,
                perPage,
                plans.count(tx.em(), filter)));
    }

    public PlanView get(UUID id) {
        return tenantData.call(tx -> PlanView.of(existing(tx.em(), id)));
    }

    public PlanView change(Caller caller, UUID id, InspectionPlanRequests.Define request) {
        return tenantData.call(tx -> {
            InspectionPlan plan = existing(tx.em(), id);
            requireValid(tx, request);
            requireFree(tx.em(), request, id);
            long measured = inspections.measuredOf(tx.em(), plan.droppedBy(request));
            if (measured > 0) {
                throw new Failure.Conflict(
                        ProblemType.INSPECTION_PLAN_IN_USE,
                        "The change drops characteristics with " + measured + " measurements; keep them",
                        Map.of("records", Map.of("quality_measurements", measured)));
            }
            plan.describe(request, tx.now());
            tx.em().flush();
            events.plan(tx, caller.userId(), "inspection_plan.changed", plan);
            return PlanView.of(plan);
        });
    }

    public void delete(Caller caller, UUID id) {
        tenantData.call(tx -> {
            InspectionPlan plan = existing(tx.em(), id);
            long followed = inspections.ofPlan(tx.em(), id);
            if (followed > 0) {
                throw new Failure.Conflict(
                        ProblemType.INSPECTION_PLAN_IN_USE,
                        followed + " inspections follow plan " + id + "; deactivate it (active: false) instead",
                        Map.of("records", Map.of("inspections", followed)));
            }
            tx.em().remove(plan);
            events.plan(tx, caller.userId(), "inspection_plan.deleted", plan);
            return null;
        });
    }

    private void requireValid(TenantTx tx, InspectionPlanRequests.Define request) {
        boolean itemKnown = items.of(tx, List.of(request.itemCode())).containsKey(request.itemCode());
        List<FieldError> errors = PlanRules.check(request, itemKnown, typeLists.activeCodes(tx, PlanRules.DEFECT_LIST));
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
    }

    private void requireFree(EntityManager em, InspectionPlanRequests.Define request, UUID self) {
        if (!request.activeOrDefault()) {
            return;
        }
        String operation = InspectionPlan.OPERATION.equals(request.scope()) ? request.operation() : null;
        plans.active(em, request.itemCode(), request.scope(), operation)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new Failure.Conflict(
                            ProblemType.INSPECTION_PLAN_TAKEN,
                            "Plan " + other.id() + " is active for " + request.itemCode() + " at " + request.scope()
                                    + (operation == null ? "" : " " + operation),
                            Map.of("plan_id", other.id()));
                });
    }

    static InspectionPlan existing(EntityManager em, UUID id) {
        InspectionPlan plan = em.find(InspectionPlan.class, id);
        if (plan == null) {
            throw new Failure.NotFound("No inspection plan " + id + " in this tenant");
        }
        return plan;
    }
}
