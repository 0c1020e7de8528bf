package dev.procura.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.plans.UsageViews.BillingExportView;
import dev.procura.plans.UsageViews.BillingLine;
import dev.procura.platform.quotas.LimitWarnings;
import dev.procura.platform.quotas.Meter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static Plan plan(String billingModel, PlanRequests.Limits limits) {
        return new Plan(
                UUID.randomUUID(),
                new PlanRequests.Save(
                        "team",
                        " Team ",
                        billingModel,
                        "EUR",
                        new BigDecimal("12.50"),
                        null,
                        10,
                        null,
                        limits,
                        null,
                        Set.of("sso", "analytics"),
                        null),
                Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void belowEightyPercentIsQuietFromEightyAWarningAtTheLimitReachedAndPastTheGraceRefused() {
        assertEquals(new LimitEnforcement.Verdict(false, 0), LimitEnforcement.Verdict.of(79, 100, 10));
        assertEquals(new LimitEnforcement.Verdict(false, 80), LimitEnforcement.Verdict.of(80, 100, 10));
        assertEquals(new LimitEnforcement.Verdict(false, 100), LimitEnforcement.Verdict.of(100, 100, 10));
        assertEquals(new LimitEnforcement.Verdict(false, 100), LimitEnforcement.Verdict.of(110, 100, 10));
        assertTrue(LimitEnforcement.Verdict.of(111, 100, 10).refused());
        assertTrue(LimitEnforcement.Verdict.of(1, 0, 50).refused(), "a zero limit allows nothing");
        assertTrue(LimitEnforcement.Verdict.of(101, 100, 0).refused());
    }

    @Test
    void aMetersStateSaysWhereItsUsageStands() {
        assertEquals("ok", UsageService.usageOf(Meter.DOCUMENTS, 5, 10L, 0).state());
        assertEquals("warning", UsageService.usageOf(Meter.DOCUMENTS, 8, 10L, 0).state());
        assertEquals(
                "limit_reached",
                UsageService.usageOf(Meter.DOCUMENTS, 10, 10L, 0).state());
        assertEquals(
                "over_limit", UsageService.usageOf(Meter.DOCUMENTS, 11, 10L, 20).state());
        var unlimited = UsageService.usageOf(Meter.API_REQUESTS, 5_000, null, 0);
        assertEquals("ok", unlimited.state());
        assertNull(unlimited.limit());
        assertNull(unlimited.percent());
        assertEquals("monthly", unlimited.kind());
        assertEquals(80L, UsageService.usageOf(Meter.MEMBERS, 4, 5L, 0).percent());
    }

    @Test
    void aPlanKnowsItsLimitPerMeterAndLeavesOutWhatIsUnlimited() {
        Plan plan = plan("per_user", new PlanRequests.Limits(5L, null, 1024L, 100L, 3L, 50L, 7L, 2L));
        assertEquals(5L, plan.limit(Meter.MEMBERS));
        assertNull(plan.limit(Meter.DOCUMENTS));
        assertEquals(1024L, plan.limit(Meter.STORAGE_BYTES));
        assertEquals(100L, plan.limit(Meter.API_REQUESTS));
        assertEquals(3L, plan.limit(Meter.CONVERSIONS));
        assertEquals(50L, plan.limit(Meter.EMAILS));
        assertEquals(7L, plan.limit(Meter.CUSTOM_FIELDS));
        assertEquals(2L, plan.limit(Meter.WORKFLOWS));
        assertNull(plan.limit(Meter.TRANSACTIONS), "transactions are metered, never limited");
        assertEquals("Team", plan.name());
        assertEquals(List.of("analytics", "sso"), plan.features());
        var view = PlanViews.PlanView.of(plan);
        assertFalse(view.limits().containsKey("documents"));
        assertEquals(1024L, view.limits().get("storage_bytes"));
    }

    @Test
    void theBillingModelSaysWhichLineIsBilled() {
        assertEquals("members", BillingExport.billedMeter(plan("per_user", PlanRequests.Limits.NONE)));
        assertEquals("transactions", BillingExport.billedMeter(plan("per_transaction", PlanRequests.Limits.NONE)));
        assertEquals("subscription", BillingExport.billedMeter(plan("per_company", PlanRequests.Limits.NONE)));
        assertEquals("subscription", BillingExport.billedMeter(plan("flat", PlanRequests.Limits.NONE)));
    }

    @Test
    void theCsvExportHasAHeaderAndQuotesCellsThatNeedIt() {
        UUID tenant = UUID.fromString("00000000-0000-0000-0000-000000000001");
        BillingLine line = new BillingLine(
                "2026-11:" + tenant + ":members",
                "procura_members",
                tenant,
                "2026-11",
                "members",
                3,
                Instant.parse("2026-12-01T00:00:00Z"),
                "team, \"plus\"",
                "per_user",
                true,
                "EUR",
                new BigDecimal("12.5000"),
                new BigDecimal("37.5000"));
        String csv = BillingExport.csv(new BillingExportView("2026-11", Instant.now(), List.of(line)));
        List<String> rows = csv.lines().toList();
        assertEquals(
                "identifier,event_name,customer,period,meter,value,timestamp,plan,billing_model,billable,currency,unit_price,amount",
                rows.get(0));
        assertEquals(
                "2026-11:" + tenant + ":members,procura_members," + tenant
                        + ",2026-11,members,3,2026-12-01T00:00:00Z,\"team, \"\"plus\"\"\",per_user,true,EUR,12.5000,37.5000",
                rows.get(1));
    }

    @Test
    void billingPeriodsAreUtcMonths() {
        Clock lateOnTheLastDayInBerlin = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneId.of("Europe/Berlin"));
        assertEquals(YearMonth.of(2026, 11), BillingPeriod.current(lateOnTheLastDayInBerlin));
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), BillingPeriod.end(YearMonth.of(2026, 11)));
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), BillingPeriod.start(YearMonth.of(2026, 11)));
    }

    @Test
    void aWarningNamesTheMeterUsageLimitPercentAndPlanOnce() {
        LimitWarnings warnings = new LimitWarnings();
        warnings.add(Meter.STORAGE_BYTES, 850, 1000, "team");
        warnings.add(Meter.STORAGE_BYTES, 850, 1000, "team");
        assertEquals(List.of("storage_bytes; usage=850; limit=1000; percent=85; plan=\"team\""), warnings.all());
        assertEquals(Meter.STORAGE_BYTES, Meter.fromWire("storage_bytes"));
    }
}
