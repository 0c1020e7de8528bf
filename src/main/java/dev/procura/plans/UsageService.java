package dev.procura.plans;

import dev.procura.plans.UsageViews.MeterUsage;
import dev.procura.plans.UsageViews.PlatformUsageView;
import dev.procura.plans.UsageViews.TenantUsageView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A tenant's use against its plan, and every tenant's metered totals for a period. */
@ApplicationScoped
public class UsageService {

    @Inject
    Clock clock;

    @Inject
    CurrentPlans plans;

    @Inject
    LimitEnforcement limits;

    @Inject
    UsageRepository usage;

    @Inject
    PlanRepository planRepository;

    @Inject
    GaugeReadings readings;

    @Inject
    ControlTransaction transaction;

    public TenantUsageView ofTenant(UUID tenantId) {
        Optional<Plan> plan = plans.of(tenantId).plan();
        readings.read(tenantId);
        List<MeterUsage> meters = new ArrayList<>();
        for (Meter meter : Meter.values()) {
            long used = limits.usageOf(tenantId, meter);
            Long limit = plan.map(p -> p.limit(meter)).orElse(null);
            meters.add(usageOf(meter, used, limit, plan.map(Plan::gracePercent).orElse(0)));
        }
        return new TenantUsageView(
                tenantId,
                plan.map(Plan::code).orElse(null),
                BillingPeriod.current(clock).toString(),
                meters);
    }

    static MeterUsage usageOf(Meter meter, long used, Long limit, int gracePercent) {
        String kind = meter.kind().name().toLowerCase(Locale.ROOT);
        if (limit == null) {
            return new MeterUsage(meter.wireName(), kind, used, null, null, "ok");
        }
        long percent = limit == 0 ? (used == 0 ? 0 : 100) : used * 100 / limit;
        String state;
        if (used > limit) {
            state = "over_limit";
        } else if (used == limit
                || LimitEnforcement.Verdict.of(used, limit, gracePercent).threshold() == 100) {
            state = "limit_reached";
        } else if (percent >= LimitEnforcement.WARN_PERCENT) {
            state = "warning";
        } else {
            state = "ok";
        }
        return new MeterUsage(meter.wireName(), kind, used, limit, percent, state);
    }

    /** Every tenant with usage in the period, by tenant id. */
    public Page<PlatformUsageView> ofPlatform(String period, int page, int perPage) {
        YearMonth month = period(period);
        List<PlatformUsageView> all = totals(month);
        int from = Math.min((page - 1) * perPage, all.size());
        int to = Math.min(from + perPage, all.size());
        return new Page<>(all.subList(from, to), page, perPage, all.size());
    }

    List<PlatformUsageView> totals(YearMonth month) {
        return transaction.call(() -> {
            Map<UUID, Map<String, Long>> byTenant = new LinkedHashMap<>();
            for (UsageRepository.Total total :
                    usage.totals(BillingPeriod.firstDay(month), BillingPeriod.lastDay(month), GaugeReadings.GAUGES)) {
                byTenant.computeIfAbsent(total.tenantId(), t -> new LinkedHashMap<>())
                        .put(total.meter(), total.quantity());
            }
            Map<UUID, Plan> plansAtEnd = plansAtEnd(month);
            List<PlatformUsageView> views = new ArrayList<>();
            byTenant.forEach((tenantId, meters) -> views.add(new PlatformUsageView(
                    tenantId,
                    Optional.ofNullable(plansAtEnd.get(tenantId))
                            .map(Plan::code)
                            .orElse(null),
                    meters)));
            return views;
        });
    }

    /** Each tenant's plan at the end of the period: its last plan within it. */
    Map<UUID, Plan> plansAtEnd(YearMonth month) {
        Map<UUID, Plan> byId = new HashMap<>();
        Map<UUID, Plan> atEnd = new HashMap<>();
        for (TenantPlan period :
                planRepository.periodsOverlapping(BillingPeriod.start(month), BillingPeriod.end(month))) {
            Plan plan = byId.computeIfAbsent(
                    period.planId(), id -> planRepository.find(id).orElseThrow());
            atEnd.put(period.tenantId(), plan);
        }
        return atEnd;
    }

    /** A billing period, {@code 2026-11}; the current one when blank. */
    YearMonth period(String period) {
        if (period == null || period.isBlank()) {
            return BillingPeriod.current(clock);
        }
        try {
            YearMonth month = YearMonth.parse(period);
            if (month.isAfter(BillingPeriod.current(clock))) {
                throw new Failure.InvalidInput("period", "must not be in the future");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new Failure.InvalidInput("period", "must be a month as YYYY-MM");
        }
    }
}
