package dev.procura.plans;

import dev.procura.plans.PlanViews.PlanPeriodView;
import dev.procura.plans.PlanViews.PlanView;
import dev.procura.plans.PlanViews.TenantPlanView;
import dev.procura.platform.events.Outbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which plan a tenant is on, since when, and the plans it had before. */
@ApplicationScoped
public class TenantPlans {

    /** Why a tenant whose trial ended is read-only. */
    public static final String TRIAL_ENDED = "trial_ended";

    @Inject
    Clock clock;

    @Inject
    PlanRepository plans;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    ControlTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    CurrentPlans current;

    @Inject
    TenantReadOnly readOnly;

    @Inject
    @ConfigProperty(name = "procura.plans.signup-plan", defaultValue = TrialPlan.CODE)
    String signupPlan;

    /**
     * Puts a new tenant on the sign-up plan (a trial), in the caller's control transaction. Does
     * nothing when no plan has the sign-up code: the tenant is then unlimited.
     */
    public void startSignupPlan(UUID tenantId, UUID by) {
        transaction.run(() -> plans.byCode(signupPlan)
                .ifPresent(plan -> plans.add(new TenantPlan(tenantId, plan.id(), clock.instant(), by, "sign-up"))));
    }

    /** A tenant on a plan with a trial: when its trial began and ends. */
    public record Trial(UUID tenantId, String plan, Instant startedAt, Instant endsAt) {}

    /** Every tenant now on a plan with a trial whose trial ends before {@code endingBefore}. */
    public List<Trial> trialsEndingBefore(Instant endingBefore) {
        return transaction.call(() -> {
            List<Trial> trials = new java.util.ArrayList<>();
            Map<UUID, Optional<Plan>> byId = new java.util.HashMap<>();
            for (TenantPlan period : plans.trialsStartedBefore(endingBefore)) {
                Plan plan = byId.computeIfAbsent(period.planId(), plans::find).orElseThrow();
                Instant ends = period.effectiveFrom().plus(Duration.ofDays(plan.trialDays()));
                if (ends.isBefore(endingBefore)) {
                    trials.add(new Trial(period.tenantId(), plan.code(), period.effectiveFrom(), ends));
                }
            }
            return trials;
        });
    }

    public TenantPlanView view(UUID tenantId) {
        return transaction.call(() -> {
            requireTenant(tenantId);
            return viewOf(tenantId);
        });
    }

    /** Ends the current plan where the new one begins; the new one starts now unless backdated. */
    public TenantPlanView assign(Caller caller, UUID tenantId, PlanRequests.Assign request) {
        TenantPlanView assigned = transaction.call(() -> {
            requireTenant(tenantId);
            Plan plan = plans.byCode(request.plan())
                    .orElseThrow(() -> new Failure.InvalidInput("plan", "no plan has the code " + request.plan()));
            Instant now = clock.instant();
            Instant from = request.effectiveFrom() == null ? now : request.effectiveFrom();
            Optional<TenantPlan> before = plans.currentOf(tenantId);
            if (from.isAfter(now)) {
                throw new Failure.InvalidInput("effective_from", "must not be in the future");
            }
            if (before.isPresent() && !from.isAfter(before.get().effectiveFrom())) {
                throw new Failure.InvalidInput(
                        "effective_from",
                        "must be after the current plan's start, "
                                + before.get().effectiveFrom());
            }
            before.ifPresent(period -> period.end(from));
            plans.add(new TenantPlan(tenantId, plan.id(), from, caller.userId(), request.reason()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("plan", plan.code());
            before.flatMap(period -> plans.find(period.planId()))
                    .ifPresent(old -> data.put("previous_plan", old.code()));
            data.put("effective_from", from.toString());
            outbox.publish("tenant.plan_changed", tenantId.toString(), tenantId, caller.userId(), data);
            plans.announce(CurrentPlans.TENANT_PLAN, tenantId.toString());
            return viewOf(tenantId);
        });
        current.forget(tenantId);
        if (assigned.current() != null && assigned.current().trialDays() == null) {
            // A tenant whose trial ended is read-only; a plan without a trial converts it.
            readOnly.makeWritable(tenantId, TRIAL_ENDED);
        }
        return assigned;
    }

    private TenantPlanView viewOf(UUID tenantId) {
        List<PlanPeriodView> history = plans.historyOf(tenantId).stream()
                .map(period ->
                        PlanPeriodView.of(period, plans.find(period.planId()).orElseThrow()))
                .toList();
        Optional<TenantPlan> now = plans.currentOf(tenantId);
        Optional<Plan> plan = now.flatMap(period -> plans.find(period.planId()));
        Instant trialEnds = plan.filter(p -> p.trialDays() != null)
                .map(p -> now.get().effectiveFrom().plus(Duration.ofDays(p.trialDays())))
                .orElse(null);
        return new TenantPlanView(tenantId, plan.map(PlanView::of).orElse(null), trialEnds, history);
    }

    private void requireTenant(UUID tenantId) {
        if (databases.find(tenantId).isEmpty()) {
            throw new Failure.NotFound("No tenant " + tenantId);
        }
    }
}
