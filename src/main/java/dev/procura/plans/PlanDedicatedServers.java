package dev.procura.plans;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.tenancy.DedicatedServers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code dedicated_server} of a tenant's current plan, and of the sign-up plan for new tenants. */
@ApplicationScoped
public class PlanDedicatedServers implements DedicatedServers {

    @Inject
    CurrentPlans plans;

    @Inject
    PlanRepository repository;

    @Inject
    ControlTransaction transaction;

    @Inject
    @ConfigProperty(name = "procura.plans.signup-plan", defaultValue = TrialPlan.CODE)
    String signupPlan;

    @Override
    public Optional<String> of(UUID tenantId) {
        return plans.of(tenantId).plan().map(Plan::dedicatedServer);
    }

    @Override
    public Optional<String> forNewTenants() {
        return transaction.call(() -> repository.byCode(signupPlan).map(Plan::dedicatedServer));
    }
}
