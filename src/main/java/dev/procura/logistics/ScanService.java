package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.BatchView;
import dev.procura.logistics.LogisticsViews.ScanView;
import dev.procura.logistics.LogisticsViews.TargetView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scans: each is read (GS1 element string, Digital Link or plain code), resolved to what it names,
 * applied in its context and recorded in the append-only scan table. A device event seen before is
 * a duplicate: answered, not applied again. One scan that names nothing (or several things) is
 * recorded and answered 404 (409); in a batch such scans, and scans whose action is refused, are
 * recorded with that outcome and the others go on.
 */
@ApplicationScoped
public class ScanService {

    static final String RECORDED = "recorded";
    static final String DUPLICATE = "duplicate";
    static final String UNKNOWN = "unknown";
    static final String AMBIGUOUS = "ambiguous";
    static final String REFUSED = "refused";

    /** Device clocks drift: a scan may say it happened a little in the future, not more. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    @Inject
    TenantTransactions tenantData;

    @Inject
    ScanTargets targets;

    @Inject
    ScanActions actions;

    @Inject
    ScanLog log;

    @Inject
    LogisticsEvents events;

    /** What one scan came to: its row, and the failure to answer with when it named nothing usable. */
    private record Taken(ScanLog.Row row, Failure failure) {}

    public ScanView scan(Caller caller, LogisticsRequests.Scan request) {
        ScanReading reading = read(request, "");
        Taken taken = tenantData.call(tx -> {
            requireNotAhead(tx, request, "");
            Taken t = take(tx, caller, request, reading, false);
            log.write(tx.em(), tx.tenantId(), List.of(t.row()));
            if (!t.row().outcome().equals(DUPLICATE)) {
                events.scanned(tx, caller.userId(), t.row().id(), summary(t.row()));
            }
            return t;
        });
        if (taken.failure() != null) {
            throw taken.failure();
        }
        return taken.row().view();
    }

    public BatchView scans(Caller caller, LogisticsRequests.Batch batch) {
        List<ScanReading> readings = new ArrayList<>();
        for (int i = 0; i < batch.scans().size(); i++) {
            readings.add(read(batch.scans().get(i), "scans[" + i + "]."));
        }
        return tenantData.call(tx -> {
            for (int i = 0; i < batch.scans().size(); i++) {
                requireNotAhead(tx, batch.scans().get(i), "scans[" + i + "].");
            }
            List<ScanLog.Row> rows = new ArrayList<>();
            List<ScanView> answers = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < batch.scans().size(); i++) {
                LogisticsRequests.Scan scan = batch.scans().get(i);
                Taken t;
                if (scan.deviceId() != null
                        && scan.deviceEventId() != null
                        && !seen.add(scan.deviceId() + "\u0000" + scan.deviceEventId())) {
                    t = new Taken(duplicate(tx, caller, scan, readings.get(i), null), null);
                } else {
                    t = take(tx, caller, scan, readings.get(i), true);
                }
                if (!t.row().outcome().equals(DUPLICATE)) {
                    rows.add(t.row());
                }
                answers.add(t.row().view());
            }
            log.write(tx.em(), tx.tenantId(), rows);
            int recorded = count(answers, RECORDED);
            int duplicates = count(answers, DUPLICATE);
            int failed = answers.size() - recorded - duplicates;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("scans", answers.size());
            data.put("recorded", recorded);
            data.put("duplicates", duplicates);
            data.put("failed", failed);
            events.uploaded(tx, caller.userId(), data);
            return new BatchView(recorded, duplicates, failed, answers);
        });
    }

    public Page<ScanView> list(Instant from, Instant to, String code, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                log.list(tx.em(), from, to, code, (page - 1) * perPage, perPage),
                page,
                perPage,
                log.count(tx.em(), from, to, code)));
    }

    private static ScanReading read(LogisticsRequests.Scan scan, String at) {
        try {
            return ScanReading.of(scan.code());
        } catch (ScanReading.Unreadable e) {
            throw new Failure.InvalidInput(at + "code", e.getMessage());
        }
    }

    private static void requireNotAhead(TenantTx tx, LogisticsRequests.Scan scan, String at) {
        if (scan.at().isAfter(tx.now().plus(CLOCK_SKEW))) {
            throw new Failure.InvalidInput(at + "at", "must not be in the future");
        }
    }

    /**
     * Claims the device event, resolves and applies one scan. In a batch a refused action is the
     * scan's outcome; alone it is the answer (and nothing is recorded).
     */
    private Taken take(TenantTx tx, Caller caller, LogisticsRequests.Scan scan, ScanReading reading, boolean inBatch) {
        UUID id = UUID.randomUUID();
        if (scan.deviceId() != null
                && scan.deviceEventId() != null
                && !log.claim(tx.em(), scan.deviceId(), scan.deviceEventId(), id)) {
            return new Taken(
                    duplicate(tx, caller, scan, reading, log.claimedBy(tx.em(), scan.deviceId(), scan.deviceEventId())),
                    null);
        }
        List<TargetView> found = targets.resolve(tx, reading, scan.context().equals("receive"));
        if (found.isEmpty()) {
            Failure failure = new Failure.NotFound(
                    ProblemType.SCAN_UNKNOWN_CODE,
                    "The code " + reading.code() + " names no shipment, package, lot, serial number or item",
                    Map.of("read", reading.asRead()));
            return new Taken(row(tx, caller, id, scan, reading, UNKNOWN, null, failure.getMessage()), failure);
        }
        if (found.size() > 1) {
            Failure failure = new Failure.Conflict(
                    ProblemType.SCAN_AMBIGUOUS_CODE,
                    "The code " + reading.code() + " names " + found.size() + " things",
                    Map.of(
                            "read",
                            reading.asRead(),
                            "candidates",
                            found.stream().map(LogisticsViews::candidate).toList()));
            return new Taken(row(tx, caller, id, scan, reading, AMBIGUOUS, null, failure.getMessage()), failure);
        }
        TargetView target = found.get(0);
        if (!inBatch) {
            String detail = actions.apply(tx, caller, scan.context(), target, reading, scan.location(), scan.at());
            return new Taken(row(tx, caller, id, scan, reading, RECORDED, target, detail), null);
        }
        try {
            String detail = actions.apply(tx, caller, scan.context(), target, reading, scan.location(), scan.at());
            return new Taken(row(tx, caller, id, scan, reading, RECORDED, target, detail), null);
        } catch (Failure refused) {
            return new Taken(row(tx, caller, id, scan, reading, REFUSED, target, detail(refused)), null);
        }
    }

    private static String detail(Failure failure) {
        String message = failure.getMessage();
        if (!failure.errors().isEmpty()) {
            message = failure.errors().get(0).field() + " "
                    + failure.errors().get(0).message();
        }
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static ScanLog.Row duplicate(
            TenantTx tx, Caller caller, LogisticsRequests.Scan scan, ScanReading reading, UUID firstScan) {
        return row(
                tx,
                caller,
                firstScan == null ? UUID.randomUUID() : firstScan,
                scan,
                reading,
                DUPLICATE,
                null,
                "device event " + scan.deviceEventId() + " of " + scan.deviceId() + " was taken before");
    }

    private static ScanLog.Row row(
            TenantTx tx,
            Caller caller,
            UUID id,
            LogisticsRequests.Scan scan,
            ScanReading reading,
            String outcome,
            TargetView target,
            String detail) {
        return new ScanLog.Row(
                id,
                scan.at(),
                tx.now(),
                scan.code(),
                reading.symbology(),
                scan.context(),
                scan.location(),
                scan.deviceId(),
                scan.deviceEventId(),
                outcome,
                reading.elements(),
                target,
                detail,
                caller.userId());
    }

    private static Map<String, Object> summary(ScanLog.Row row) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scan_id", row.id());
        data.put("code", row.code());
        data.put("context", row.context());
        data.put("outcome", row.outcome());
        if (row.target() != null) {
            data.put("kind", row.target().kind());
            if (row.target().id() != null) {
                data.put("entity_id", row.target().id());
            }
        }
        return data;
    }

    private static int count(List<ScanView> views, String outcome) {
        return (int) views.stream().filter(v -> v.outcome().equals(outcome)).count();
    }
}
