package dev.procura.plans;

import dev.procura.plans.PlanViews.PlanView;
import dev.procura.platform.events.Outbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantServers;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/** The plan catalogue operators keep: create, read, change. */
@ApplicationScoped
public class PlanService {

    @Inject
    TenantServers servers;

    @Inject
    Clock clock;

    @Inject
    PlanRepository plans;

    @Inject
    ControlTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    CurrentPlans current;

    public Page<PlanView> list(int page, int perPage) {
        return transaction.call(() -> new Page<>(
                plans.all((page - 1) * perPage, perPage).stream()
                        .map(PlanView::of)
                        .toList(),
                page,
                perPage,
                plans.count()));
    }

    public PlanView get(UUID id) {
        return transaction.call(() -> PlanView.of(found(id)));
    }

    public PlanView create(Caller caller, PlanRequests.Save terms) {
        requireKnownServer(terms.dedicatedServer());
        return transaction.call(() -> {
            requireFreeCode(terms.code(), null);
            Plan plan = new Plan(UUID.randomUUID(), terms, clock.instant());
            plans.add(plan);
            outbox.publish("plan.created", plan.id().toString(), null, caller.userId(), PlanView.of(plan));
            return PlanView.of(plan);
        });
    }

    public PlanView change(Caller caller, UUID id, PlanRequests.Save terms) {
        requireKnownServer(terms.dedicatedServer());
        PlanView changed = transaction.call(() -> {
            Plan plan = found(id);
            requireFreeCode(terms.code(), id);
            plan.change(terms, clock.instant());
            outbox.publish("plan.updated", plan.id().toString(), null, caller.userId(), PlanView.of(plan));
            plans.announce(CurrentPlans.PLANS, plan.id().toString());
            return PlanView.of(plan);
        });
        current.forgetAll();
        return changed;
    }

    private Plan found(UUID id) {
        return plans.find(id).orElseThrow(() -> new Failure.NotFound("No plan " + id));
    }

    private void requireKnownServer(String server) {
        if (server != null && servers.byName(server).isEmpty()) {
            throw new Failure.InvalidInput(
                    "dedicated_server",
                    "must be one of the tenant servers "
                            + servers.all().stream()
                                    .map(TenantServers.Server::name)
                                    .toList());
        }
    }

    private void requireFreeCode(String code, UUID self) {
        plans.byCode(code).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new Failure.Conflict(ProblemType.PLAN_CODE_TAKEN, "A plan with the code " + code + " exists");
        });
    }
}
