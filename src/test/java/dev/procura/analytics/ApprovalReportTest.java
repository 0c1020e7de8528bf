package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.analytics.AnalyticsViews.ApprovalAnalytics;
import dev.procura.approvals.ApprovalHistory.Pending;
import dev.procura.approvals.ApprovalHistory.Step;
import dev.procura.platform.analytics.Interval;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A worked example of approval analytics: four approvals ending in March, one begun in February, two pending. */
class ApprovalReportTest {

    private static final UUID U1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID U2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID U3 = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private final List<Step> steps = new ArrayList<>();

    private void step(UUID approval, int level, String action, UUID actor, String comment, String at) {
        steps.add(new Step(approval, "purchase_order", level, action, actor, comment, Instant.parse(at)));
    }

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void cycleTimesOutcomesEscalationsBacklogAndLoadFollowTheCatalogue() {
        UUID a = UUID.randomUUID();
        step(a, 1, "requested", U3, null, "2026-03-02T08:00:00Z");
        step(a, 1, "approved", U1, null, "2026-03-02T10:00:00Z"); // level 1: 2 h
        step(a, 2, "approved", U2, null, "2026-03-03T10:00:00Z"); // level 2: 24 h
        step(a, 2, "completed", U2, null, "2026-03-03T10:00:00Z"); // cycle 26 h
        UUID b = UUID.randomUUID();
        step(b, 1, "requested", U3, null, "2026-03-05T00:00:00Z");
        step(b, 1, "escalated", U3, "away", "2026-03-05T06:00:00Z"); // manual
        step(b, 1, "rejected", U2, " Too expensive ", "2026-03-05T12:00:00Z"); // level 1: 12 h, cycle 12 h
        UUID c = UUID.randomUUID();
        step(c, 1, "requested", U3, null, "2026-02-27T00:00:00Z"); // before the period
        step(c, 1, "escalated", null, "SLA of PT48H exceeded at level 1", "2026-03-01T00:00:00Z"); // by the SLA
        step(c, 1, "rejected", U1, "too expensive", "2026-03-01T12:00:00Z"); // level 1 and cycle: 60 h
        UUID d = UUID.randomUUID();
        step(d, 1, "requested", U3, null, "2026-03-10T00:00:00Z");
        step(d, 1, "skipped", null, null, "2026-03-10T00:00:00Z");
        step(d, 2, "approved", U1, null, "2026-03-10T05:00:00Z"); // level 2 from the skip: 5 h
        step(d, 2, "completed", U1, null, "2026-03-10T05:00:00Z"); // cycle 5 h
        List<Pending> pending = List.of(
                new Pending(UUID.randomUUID(), "purchase_order", 1, Instant.parse("2026-03-20T00:00:00Z"), null),
                new Pending(UUID.randomUUID(), "purchase_order", 2, Instant.parse("2026-03-10T12:00:00Z"), null),
                new Pending(UUID.randomUUID(), "invoice", 1, Instant.parse("2026-03-10T12:00:00Z"), null));

        Period march = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), Interval.MONTH);
        ApprovalAnalytics report = new ApprovalReport(
                        march, new TenantCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC), "purchase_order")
                .build(steps, pending);

        assertEquals(4, report.ended());
        assertEquals(h("50.00"), report.rejectionPercent());
        assertEquals(1, report.escalationsManual());
        assertEquals(1, report.escalationsSla());
        // Cycles 5, 12, 26, 60 h: p50 = rank 2, p90 = rank ⌈3.6⌉ = 4.
        assertEquals(h("12.00"), report.series().get(0).hoursP50());
        assertEquals(h("60.00"), report.series().get(0).hoursP90());
        // Level 1: 2, 12, 60 h; level 2: 5, 24 h.
        assertEquals(2, report.levels().size());
        assertEquals(3, report.levels().get(0).decisions());
        assertEquals(h("12.00"), report.levels().get(0).hoursP50());
        assertEquals(h("60.00"), report.levels().get(0).hoursP90());
        assertEquals(h("5.00"), report.levels().get(1).hoursP50());
        assertEquals(h("24.00"), report.levels().get(1).hoursP90());
        assertEquals("too expensive", report.rejectionReasons().get(0).reason());
        assertEquals(2, report.rejectionReasons().get(0).count());
        assertEquals(U1, report.approvers().get(0).userId());
        assertEquals(2, report.approvers().get(0).approved());
        assertEquals(1, report.approvers().get(0).rejected());
        assertEquals(U2, report.approvers().get(1).userId());
        // The invoice approval is another workflow: filtered out.
        assertEquals(2, report.backlog().pending());
        assertEquals(
                List.of(1L, 0L, 0L, 1L),
                report.backlog().ageing().stream()
                        .map(AnalyticsViews.Ageing::pending)
                        .toList());
        assertEquals(h("240.00"), report.backlog().oldestHours());
        assertEquals(2, report.backlog().levels().get(1).level());
    }

    @Test
    void aRejectionWithoutACommentHasNoReasonGiven() {
        assertEquals(ApprovalReport.NO_REASON, ApprovalReport.reason("  "));
        assertEquals(ApprovalReport.NO_REASON, ApprovalReport.reason(null));
    }
}
