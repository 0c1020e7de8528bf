package dev.procura.ncrs;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An NCR's corrective and preventive actions: each owned by a member of the tenant, due on a day of
 * the tenant's calendar (not before the NCR was raised), done on a day not after today.
 */
@ApplicationScoped
class NcrActions {

    @Inject
    TenantPeople people;

    @Inject
    TenantContext tenant;

    /** The user is a member of the current tenant, else a 400 on {@code field}. */
    void requireMember(UUID userId, String field) {
        if (people.members(tenant.tenantId(), List.of(userId)).isEmpty()) {
            throw new Failure.InvalidInput(field, "is not a member of this tenant");
        }
    }

    NcrAction add(TenantTx tx, Ncr ncr, NcrRequests.Action request) {
        List<FieldError> errors = new ArrayList<>();
        checkDays(tx, ncr, request.dueOn(), request.doneOn(), errors);
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        NcrAction action = new NcrAction(ncr.id(), request.kind(), tx.now());
        action.describe(request.description(), request.ownerId(), request.dueOn(), request.doneOn(), tx.now());
        tx.em().persist(action);
        ncr.touch(tx.now());
        return action;
    }

    void change(TenantTx tx, Ncr ncr, NcrAction action, NcrRequests.ActionChange request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.description() != null && request.description().isBlank()) {
            errors.add(new FieldError("description", "must not be blank"));
        }
        boolean reopen = Boolean.TRUE.equals(request.reopen());
        if (reopen && request.doneOn() != null) {
            errors.add(new FieldError("reopen", "cannot be given with done_on"));
        }
        LocalDate dueOn = request.dueOn() == null ? action.dueOn() : request.dueOn();
        LocalDate doneOn = reopen ? null : request.doneOn() == null ? action.doneOn() : request.doneOn();
        checkDays(tx, ncr, request.dueOn(), request.doneOn(), errors);
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        action.describe(
                request.description() == null ? action.description() : request.description(),
                request.ownerId() == null ? action.ownerId() : request.ownerId(),
                dueOn,
                doneOn,
                tx.now());
    }

    NcrAction existing(EntityManager em, Ncr ncr, UUID actionId) {
        NcrAction action = em.find(NcrAction.class, actionId);
        if (action == null || !action.ncrId().equals(ncr.id())) {
            throw new Failure.NotFound("NCR " + ncr.number() + " has no action " + actionId);
        }
        return action;
    }

    private static void checkDays(TenantTx tx, Ncr ncr, LocalDate dueOn, LocalDate doneOn, List<FieldError> errors) {
        if (dueOn != null && dueOn.isBefore(ncr.raisedOn())) {
            errors.add(new FieldError("due_on", "must not be before the NCR was raised (" + ncr.raisedOn() + ")"));
        }
        if (doneOn != null && doneOn.isAfter(tx.today())) {
            errors.add(new FieldError("done_on", "must not be after today (" + tx.today() + ")"));
        }
    }
}
