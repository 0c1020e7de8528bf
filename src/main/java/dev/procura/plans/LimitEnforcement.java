package dev.procura.plans;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.LimitWarnings;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.QuotaCounter;
import dev.procura.platform.quotas.Quotas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one place plan limits are enforced. Soft first: from 80% of a limit the answer carries a
 * {@code Procura-Limit-Warning} header and the tenant's admins are told (at 80% and at 100%);
 * past the limit plus the plan's grace the call is refused.
 */
@ApplicationScoped
public class LimitEnforcement implements Quotas {

    static final int WARN_PERCENT = 80;

    @Inject
    Clock clock;

    @Inject
    CurrentPlans plans;

    @Inject
    UsageRepository usage;

    @Inject
    ControlTransaction transaction;

    @Inject
    ApiRequestMeter apiRequests;

    @Inject
    LimitAlerts alerts;

    @Inject
    @Any
    Instance<QuotaCounter> counters;

    @Inject
    Instance<LimitWarnings> warnings;

    /** Where a use stands against a limit. */
    record Verdict(boolean refused, int threshold) {

        static Verdict of(long after, long limit, int gracePercent) {
            long ceiling = limit + limit * gracePercent / 100;
            if (after > ceiling) {
                return new Verdict(true, 100);
            }
            if (after >= limit) {
                return new Verdict(false, 100);
            }
            return new Verdict(false, after * 100 >= limit * WARN_PERCENT ? WARN_PERCENT : 0);
        }
    }

    @Override
    public void admit(UUID tenantId, Meter meter, long adding) {
        CurrentPlans.Current current = plans.of(tenantId);
        if (current.plan().isEmpty()) {
            return;
        }
        Plan plan = current.plan().get();
        Long limit = plan.limit(meter);
        if (limit == null) {
            return;
        }
        long used = usageOf(tenantId, meter);
        Verdict verdict = Verdict.of(used + adding, limit, plan.gracePercent());
        if (verdict.refused()) {
            throw refusal(meter, limit, used, plan);
        }
        if (verdict.threshold() > 0) {
            warn(meter, used + adding, limit, plan.code());
            alerts.reached(
                    new LimitAlerts.Reached(tenantId, meter, verdict.threshold(), used + adding, limit, plan.code()));
        }
    }

    /** What the tenant uses of the meter now: the current count, or this month's total. */
    public long usageOf(UUID tenantId, Meter meter) {
        if (meter == Meter.API_REQUESTS) {
            return apiRequests.monthToDate(tenantId);
        }
        if (meter.kind() == Meter.Kind.COUNT) {
            return counters.stream()
                    .filter(counter -> counter.meters().contains(meter))
                    .mapToLong(counter -> counter.current(tenantId, meter))
                    .sum();
        }
        YearMonth month = BillingPeriod.current(clock);
        return transaction.call(() ->
                usage.sum(tenantId, meter.wireName(), BillingPeriod.firstDay(month), BillingPeriod.lastDay(month)));
    }

    private Failure refusal(Meter meter, long limit, long used, Plan plan) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("meter", meter.wireName());
        facts.put("limit", limit);
        facts.put("usage", used);
        facts.put("plan", plan.code());
        String what = meter.wireName().replace('_', ' ');
        if (meter.kind() == Meter.Kind.COUNT) {
            return new Failure.Conflict(
                    ProblemType.QUOTA_EXCEEDED,
                    "The plan " + plan.code() + " allows " + limit + " " + what + "; the tenant has " + used,
                    facts);
        }
        YearMonth month = BillingPeriod.current(clock);
        Duration untilNextMonth = Duration.between(clock.instant(), BillingPeriod.end(month));
        return new Failure.TooManyRequests(
                ProblemType.PLAN_LIMIT_EXCEEDED,
                "The plan " + plan.code() + " allows " + limit + " " + what + " a month; " + used + " are used",
                untilNextMonth,
                facts);
    }

    private void warn(Meter meter, long used, long limit, String plan) {
        try {
            warnings.get().add(meter, used, limit, plan);
        } catch (ContextNotActiveException notInARequest) {
            // A job or consumer: no answer to carry the warning; the admins' notification tells it.
        }
    }
}
