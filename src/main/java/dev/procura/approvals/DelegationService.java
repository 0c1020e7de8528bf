package dev.procura.approvals;

import dev.procura.approvals.ApprovalViews.DelegationView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Out of office: a user names a delegate for a date range; their approvals go to the delegate. */
@ApplicationScoped
public class DelegationService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantPeople people;

    @Inject
    ApprovalRepository repository;

    public DelegationView delegate(Caller caller, WorkflowRequests.Delegate request) {
        if (request.delegateId().equals(caller.userId())) {
            throw new Failure.InvalidInput("delegate_id", "must be someone else");
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new Failure.InvalidInput("ends_on", "must not be before starts_on");
        }
        if (people.members(tenant.tenantId(), List.of(request.delegateId())).isEmpty()) {
            throw new Failure.InvalidInput("delegate_id", "is not a member of this tenant");
        }
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            if (request.endsOn().isBefore(tx.today())) {
                throw new Failure.InvalidInput("ends_on", "must not be in the past");
            }
            boolean overlaps = repository.delegationsOf(em, caller.userId()).stream()
                    .anyMatch(d -> d.userId().equals(caller.userId())
                            && !d.endsOn().isBefore(request.startsOn())
                            && !d.startsOn().isAfter(request.endsOn()));
            if (overlaps) {
                throw new Failure.Conflict(
                        ProblemType.DELEGATION_OVERLAPS, "You already have a delegation in that period");
            }
            Delegation delegation = new Delegation(
                    caller.userId(), request.delegateId(), request.startsOn(), request.endsOn(), tx.now());
            em.persist(delegation);
            return DelegationView.of(delegation);
        });
    }

    /** The caller's delegations, given and received. */
    public List<DelegationView> mine(Caller caller) {
        return tenantData.call(tx -> repository.delegationsOf(tx.em(), caller.userId()).stream()
                .map(DelegationView::of)
                .toList());
    }

    /** One delegation the caller gave or received. */
    public DelegationView get(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            Delegation delegation = tx.em().find(Delegation.class, id);
            if (delegation == null
                    || !(delegation.userId().equals(caller.userId())
                            || delegation.delegateId().equals(caller.userId()))) {
                throw new Failure.NotFound("No delegation " + id + " given or received by you");
            }
            return DelegationView.of(delegation);
        });
    }

    public void withdraw(Caller caller, UUID id) {
        tenantData.call(tx -> {
            EntityManager em = tx.em();
            Delegation delegation = em.find(Delegation.class, id);
            if (delegation == null || !delegation.userId().equals(caller.userId())) {
                throw new Failure.NotFound("No delegation " + id + " of yours");
            }
            em.remove(delegation);
            return null;
        });
    }
}
