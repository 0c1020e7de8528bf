package dev.procura.plans;

import dev.procura.platform.persistence.ControlTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the plan new tenants start on exists: {@code trial}, free, for
 * {@code procura.plans.trial-days} days, with modest limits. Operators change it like any plan.
 */
@ApplicationScoped
public class TrialPlan {

    public static final String CODE = "trial";
    private static final Logger LOG = Logger.getLogger(TrialPlan.class.getName());

    @Inject
    Clock clock;

    @Inject
    PlanRepository plans;

    @Inject
    ControlTransaction transaction;

    @Inject
    @ConfigProperty(name = "procura.plans.trial-days", defaultValue = "30")
    int trialDays;

    void onStart(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 25) @Initialized(ApplicationScoped.class)
                    Object started) {
        try {
            transaction.run(() -> {
                if (plans.byCode(CODE).isEmpty()) {
                    plans.add(new Plan(UUID.randomUUID(), terms(), clock.instant()));
                }
            });
        } catch (RuntimeException raced) {
            // Another server created it at the same moment (unique code): theirs is as good.
            LOG.fine(() -> "The trial plan was created elsewhere: " + raced.getMessage());
        }
    }

    PlanRequests.Save terms() {
        return new PlanRequests.Save(
                CODE,
                "Trial",
                "flat",
                "EUR",
                BigDecimal.ZERO,
                trialDays,
                0,
                false,
                new PlanRequests.Limits(25L, 10_000L, 5_368_709_120L, 1_000_000L, 1_000L, 5_000L, 100L, 20L),
                7,
                Set.of(),
                null);
    }
}
