package dev.procura.plans;

import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import dev.procura.platform.persistence.ControlTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each tenant's current plan, cached on this server so limit checks cost no query. An entry is
 * dropped when the tenant's plan or any plan changes, on every server (control notifications), and
 * in any case after a minute. A tenant with no plan row is on the sign-up plan.
 */
@ApplicationScoped
public class CurrentPlans {

    static final String TENANT_PLAN = "tenant-plan";
    static final String PLANS = "plans";
    private static final Duration TTL = Duration.ofMinutes(1);

    /** A tenant's plan and since when; {@code plan} is empty when no plan applies (unlimited). */
    public record Current(Optional<Plan> plan, Instant since, Instant loadedAt) {}

    @Inject
    Clock clock;

    @Inject
    PlanRepository plans;

    @Inject
    ControlTransaction transaction;

    @Inject
    @ConfigProperty(name = "procura.plans.signup-plan", defaultValue = TrialPlan.CODE)
    String signupPlan;

    private final Map<UUID, Current> cache = new ConcurrentHashMap<>();

    public Current of(UUID tenantId) {
        Current cached = cache.get(tenantId);
        Instant now = clock.instant();
        if (cached != null && cached.loadedAt().plus(TTL).isAfter(now)) {
            return cached;
        }
        Current loaded = transaction.call(() -> load(tenantId, now));
        cache.put(tenantId, loaded);
        return loaded;
    }

    private Current load(UUID tenantId, Instant now) {
        return plans.currentOf(tenantId)
                .map(period -> new Current(plans.find(period.planId()), period.effectiveFrom(), now))
                .orElseGet(() -> new Current(plans.byCode(signupPlan), now, now));
    }

    void forget(UUID tenantId) {
        cache.remove(tenantId);
    }

    void forgetAll() {
        cache.clear();
    }

    void onInvalidation(@Observes Invalidation invalidation) {
        switch (invalidation.topic()) {
            case "*", PLANS -> forgetAll();
            case TENANT_PLAN -> forget(UUID.fromString(invalidation.key()));
            default -> {}
        }
    }
}
