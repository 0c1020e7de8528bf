package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.Ageing;
import dev.procura.analytics.AnalyticsViews.ApprovalAnalytics;
import dev.procura.analytics.AnalyticsViews.ApprovalBucket;
import dev.procura.analytics.AnalyticsViews.ApproverLoad;
import dev.procura.analytics.AnalyticsViews.Backlog;
import dev.procura.analytics.AnalyticsViews.BacklogLevel;
import dev.procura.analytics.AnalyticsViews.LevelTimes;
import dev.procura.analytics.AnalyticsViews.Reason;
import dev.procura.approvals.ApprovalHistory.Pending;
import dev.procura.approvals.ApprovalHistory.Step;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** {@code GET /analytics/approvals}: cycle times, outcomes, escalations, backlog and load, from the approvals' steps. */
final class ApprovalReport {

    static final String NO_REASON = "(no reason given)";
    private static final List<String> AGES = List.of("under_1_day", "1_to_3_days", "3_to_7_days", "over_7_days");

    private record LevelKey(String documentType, int level) {}

    private static final class Tally {
        long ended;
        long rejected;
        long manual;
        long sla;
        final List<Duration> cycles = new ArrayList<>();
    }

    private static final class Load {
        long approved;
        long rejected;
    }

    private final Period period;
    private final TenantCalendar calendar;
    private final String documentType;
    private final Instant start;
    private final Instant end;

    private final Tally total = new Tally();
    private final Map<LocalDate, Tally> buckets = new TreeMap<>();
    private final Map<LevelKey, List<Duration>> levels =
            new TreeMap<>(Comparator.comparing(LevelKey::documentType).thenComparing(LevelKey::level));
    private final Map<String, Long> reasons = new HashMap<>();
    private final Map<UUID, Load> load = new HashMap<>();

    ApprovalReport(Period period, TenantCalendar calendar, String documentType) {
        this.period = period;
        this.calendar = calendar;
        this.documentType = documentType;
        this.start = period.startIn(calendar.zone());
        this.end = period.endIn(calendar.zone());
        period.buckets().forEach(b -> buckets.put(b, new Tally()));
    }

    ApprovalAnalytics build(List<Step> steps, List<Pending> pending) {
        Map<UUID, List<Step>> byApproval = new LinkedHashMap<>();
        for (Step step : steps) {
            if (documentType == null || documentType.equals(step.documentType())) {
                byApproval
                        .computeIfAbsent(step.approvalId(), id -> new ArrayList<>())
                        .add(step);
            }
        }
        byApproval.values().forEach(this::follow);
        return new ApprovalAnalytics(
                period.from(),
                period.to(),
                period.interval().apiName(),
                total.ended,
                Figures.percent(total.rejected, total.ended),
                total.manual,
                total.sla,
                Figures.hours(Figures.percentile(total.cycles.stream().sorted().toList(), 50)),
                Figures.hours(Figures.percentile(total.cycles.stream().sorted().toList(), 90)),
                buckets.entrySet().stream()
                        .map(e -> bucket(e.getKey(), e.getValue()))
                        .toList(),
                levels.entrySet().stream()
                        .map(e -> {
                            List<Duration> sorted =
                                    e.getValue().stream().sorted().toList();
                            return new LevelTimes(
                                    e.getKey().documentType(),
                                    e.getKey().level(),
                                    sorted.size(),
                                    Figures.hours(Figures.percentile(sorted, 50)),
                                    Figures.hours(Figures.percentile(sorted, 90)));
                        })
                        .toList(),
                backlog(pending),
                reasons.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(5)
                        .map(e -> new Reason(e.getKey(), e.getValue()))
                        .toList(),
                load.entrySet().stream()
                        .map(e -> new ApproverLoad(e.getKey(), e.getValue().approved, e.getValue().rejected))
                        .sorted(Comparator.comparingLong((ApproverLoad l) -> l.approved() + l.rejected())
                                .reversed()
                                .thenComparing(l -> l.userId().toString()))
                        .toList());
    }

    /** One approval's steps in the order taken: when each level started and what closed it. */
    private void follow(List<Step> steps) {
        Instant requested = steps.get(0).at();
        Map<Integer, Instant> levelStart = new HashMap<>();
        int level = steps.get(0).level();
        levelStart.put(level, requested);
        Instant previous = requested;
        Step lastDecision = null;
        for (Step step : steps) {
            if (step.level() > level) {
                closeLevel(lastDecision, levelStart.get(level), step.documentType());
                lastDecision = null;
                level = step.level();
                levelStart.put(level, previous);
            }
            boolean inPeriod = !step.at().isBefore(start) && step.at().isBefore(end);
            switch (step.action()) {
                case "requested" -> requested = step.at();
                case "approved" -> {
                    lastDecision = step;
                    if (inPeriod) {
                        load.computeIfAbsent(step.actorId(), a -> new Load()).approved++;
                    }
                }
                case "rejected" -> {
                    if (inPeriod) {
                        load.computeIfAbsent(step.actorId(), a -> new Load()).rejected++;
                        reasons.merge(reason(step.comment()), 1L, Long::sum);
                    }
                    closeLevel(step, levelStart.get(level), step.documentType());
                    end(step, requested, true, inPeriod);
                }
                case "completed" -> {
                    closeLevel(lastDecision, levelStart.get(level), step.documentType());
                    lastDecision = null;
                    end(step, requested, false, inPeriod);
                }
                case "escalated" -> {
                    if (inPeriod) {
                        count(step.at(), t -> {
                            if (step.automatic()) {
                                t.sla++;
                            } else {
                                t.manual++;
                            }
                        });
                    }
                }
                default -> {
                    // skipped: the level passes without a decision
                }
            }
            previous = step.at();
        }
    }

    /** A level closed by {@code decision} counts if the decision falls in the period. */
    private void closeLevel(Step decision, Instant levelStarted, String type) {
        if (decision != null && !decision.at().isBefore(start) && decision.at().isBefore(end)) {
            levels.computeIfAbsent(new LevelKey(type, decision.level()), k -> new ArrayList<>())
                    .add(Duration.between(levelStarted, decision.at()));
        }
    }

    private void end(Step step, Instant requested, boolean rejected, boolean inPeriod) {
        if (!inPeriod) {
            return;
        }
        Duration cycle = Duration.between(requested, step.at());
        count(step.at(), t -> {
            t.ended++;
            t.rejected += rejected ? 1 : 0;
            t.cycles.add(cycle);
        });
    }

    private void count(Instant at, java.util.function.Consumer<Tally> counter) {
        counter.accept(total);
        counter.accept(buckets.computeIfAbsent(period.bucketOf(calendar.dateOf(at)), b -> new Tally()));
    }

    private static ApprovalBucket bucket(LocalDate start, Tally t) {
        List<Duration> sorted = t.cycles.stream().sorted().toList();
        return new ApprovalBucket(
                start,
                t.ended,
                t.rejected,
                Figures.percent(t.rejected, t.ended),
                t.manual,
                t.sla,
                Figures.hours(Figures.percentile(sorted, 50)),
                Figures.hours(Figures.percentile(sorted, 90)));
    }

    static String reason(String comment) {
        if (comment == null || comment.isBlank()) {
            return NO_REASON;
        }
        return comment.strip().toLowerCase(Locale.ROOT);
    }

    private Backlog backlog(List<Pending> pending) {
        Instant now = calendar.now();
        long[] ages = new long[AGES.size()];
        Map<LevelKey, Long> byLevel =
                new TreeMap<>(Comparator.comparing(LevelKey::documentType).thenComparing(LevelKey::level));
        Duration oldest = null;
        long count = 0;
        for (Pending p : pending) {
            if (documentType != null && !documentType.equals(p.documentType())) {
                continue;
            }
            count++;
            Duration age = Duration.between(p.requestedAt(), now);
            oldest = oldest == null || age.compareTo(oldest) > 0 ? age : oldest;
            long days = age.toHours() / 24;
            ages[days < 1 ? 0 : days < 3 ? 1 : days < 7 ? 2 : 3]++;
            byLevel.merge(new LevelKey(p.documentType(), p.level()), 1L, Long::sum);
        }
        List<Ageing> ageing = new ArrayList<>();
        for (int i = 0; i < AGES.size(); i++) {
            ageing.add(new Ageing(AGES.get(i), ages[i]));
        }
        return new Backlog(
                count,
                ageing,
                byLevel.entrySet().stream()
                        .map(e -> new BacklogLevel(
                                e.getKey().documentType(), e.getKey().level(), e.getValue()))
                        .toList(),
                Figures.hours(oldest));
    }
}
