package dev.procura.projects;

import dev.procura.platform.costcentres.CostCentres;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.masters.CustomerLookup;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** What a project names, checked through the owners' ports: customer, manager, cost centre. */
@ApplicationScoped
class ProjectReferences {

    @Inject
    CustomerLookup customers;

    @Inject
    CostCentres costCentres;

    @Inject
    TenantPeople people;

    @Inject
    TenantContext tenant;

    /** A checked cost centre: its stored code and id. */
    record CostCentre(String code, UUID id) {}

    void checkCustomer(TenantTx tx, UUID customerId, List<FieldError> errors) {
        if (customerId != null && customers.customer(tx, customerId).isEmpty()) {
            errors.add(new FieldError("customer_id", "no such customer in this tenant; add it under /customers"));
        }
    }

    void checkMember(UUID userId, String field, List<FieldError> errors) {
        if (userId != null && people.members(tenant.tenantId(), List.of(userId)).isEmpty()) {
            errors.add(new FieldError(field, "is not a member of this tenant"));
        }
    }

    void requireMember(UUID userId, String field) {
        if (people.members(tenant.tenantId(), List.of(userId)).isEmpty()) {
            throw new Failure.InvalidInput(field, "is not a member of this tenant");
        }
    }

    /** The active cost centre {@code code} names; a field error (and null) otherwise. */
    CostCentre costCentre(TenantTx tx, String code, List<FieldError> errors) {
        try {
            String stored = costCentres.requireActive(tx, code, "cost_center");
            return new CostCentre(stored, costCentres.idOf(tx, stored).orElse(null));
        } catch (Failure.InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
