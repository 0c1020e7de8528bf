package dev.procura.plans;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.Meter;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a tenant's admins once per month and meter when use reaches 80% and 100% of the plan's
 * limit: an in-app and email notification and a {@code plan.limit_reached} event in the tenant's
 * trail. Sent after the request, on a thread of its own, so a warning never slows or fails it.
 */
@ApplicationScoped
public class LimitAlerts {

    private static final Logger LOG = Logger.getLogger(LimitAlerts.class.getName());

    @Inject
    Clock clock;

    @Inject
    UsageRepository usage;

    @Inject
    ControlTransaction transaction;

    @Inject
    AdminNotices notices;

    @Resource
    ManagedExecutorService executor;

    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    public record Reached(UUID tenantId, Meter meter, int threshold, long usage, long limit, String plan) {}

    public void reached(Reached reached) {
        String period = BillingPeriod.current(clock).toString();
        String key = reached.tenantId() + "/" + reached.meter() + "/" + period + "/" + reached.threshold();
        if (sent.add(key)) {
            executor.execute(() -> tell(reached, period, key));
        }
    }

    private void tell(Reached reached, String period, String key) {
        try {
            boolean first = transaction.call(() -> usage.addAlert(
                    reached.tenantId(), reached.meter().wireName(), period, reached.threshold(), clock.instant()));
            if (first) {
                notices.tell(reached.tenantId(), notice(reached, period));
            }
        } catch (RuntimeException e) {
            sent.remove(key);
            LOG.log(Level.WARNING, "Could not tell tenant " + reached.tenantId() + " about its plan limit", e);
        }
    }

    private static AdminNotices.Notice notice(Reached reached, String period) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("meter", reached.meter().wireName());
        facts.put("threshold_percent", reached.threshold());
        facts.put("usage", reached.usage());
        facts.put("limit", reached.limit());
        facts.put("plan", reached.plan());
        facts.put("period", period);
        String what = reached.meter().wireName().replace('_', ' ');
        return new AdminNotices.Notice(
                "plan.limit_reached",
                reached.meter().wireName(),
                facts,
                "limit_warning",
                "Plan limit " + (reached.threshold() >= 100 ? "reached" : "nearly reached") + ": " + what,
                "Your tenant uses " + reached.usage() + " of the " + reached.limit() + " " + what + " its plan "
                        + reached.plan() + " allows (" + reached.threshold() + "%).",
                "/api/v1/tenants/" + reached.tenantId() + "/usage");
    }
}
