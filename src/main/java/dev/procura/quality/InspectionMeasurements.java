package dev.procura.quality;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.quality.InspectionViews.InspectionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measurements taken on an open inspection, one or a batch, all or none: each names a
 * characteristic of the plan and a subgroup holding at most the characteristic's sample size;
 * a variable gives a value, an attribute whether it passed and which defect it found.
 */
@ApplicationScoped
public class InspectionMeasurements {

    @Inject
    TenantTransactions tenantData;

    @Inject
    InspectionRepository inspections;

    @Inject
    InspectionPlants plants;

    @Inject
    QualityEvents events;

    /** The subgroup of a characteristic: where a sample size is counted. */
    private record Slot(String characteristic, int subgroup) {}

    public InspectionView record(Caller caller, java.util.UUID inspectionId, InspectionRequests.Measurements request) {
        return tenantData.call(tx -> {
            Inspection inspection = plants.writable(tx.em(), inspectionId);
            if (inspection.isClosed()) {
                throw new Failure.InvalidTransition("Inspection " + inspection.number(), "closed", "measured");
            }
            InspectionPlan plan = InspectionPlanService.existing(tx.em(), inspection.planId());
            List<Measurement> taken = inspections.measurements(tx.em(), inspectionId);
            Map<Slot, Integer> filled = new HashMap<>();
            Map<java.util.UUID, Characteristic> byId = plan.characteristicsById();
            taken.forEach(m ->
                    filled.merge(new Slot(byId.get(m.characteristicId()).code(), m.subgroup()), 1, Integer::sum));
            List<FieldError> errors = new ArrayList<>();
            List<Measurement> added = new ArrayList<>();
            List<InspectionRequests.Measure> all = request.all();
            for (int i = 0; i < all.size(); i++) {
                String at = request.isBatch() ? "measurements[" + i + "]." : "";
                InspectionRequests.Measure m = all.get(i);
                int before = errors.size();
                Characteristic c = check(plan, m, at, tx.now(), errors);
                if (c == null || errors.size() > before) {
                    continue;
                }
                int count = filled.merge(new Slot(c.code(), m.subgroup()), 1, Integer::sum);
                if (count > c.sampleSize()) {
                    errors.add(new FieldError(
                            at + "subgroup",
                            "subgroup " + m.subgroup() + " of " + c.code() + " holds " + c.sampleSize()
                                    + " measurements (the sample size)"));
                    continue;
                }
                added.add(new Measurement(
                        inspectionId,
                        c.id(),
                        m.subgroup(),
                        m.value(),
                        InspectionResults.passes(c, m.value(), m.passed()),
                        m.defectCode(),
                        m.measuredAt() == null ? tx.now() : m.measuredAt(),
                        caller.userId(),
                        tx.now()));
            }
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            added.forEach(tx.em()::persist);
            inspection.measured(tx.now());
            tx.em().flush();
            List<Measurement> now = inspections.measurements(tx.em(), inspectionId);
            InspectionView view = InspectionView.detail(inspection, plan, now);
            events.inspection(
                    tx,
                    caller.userId(),
                    "inspection.measured",
                    inspection,
                    Map.of("measurements", added.size(), "result", view.result()));
            return view;
        });
    }

    /** The measurement's characteristic, or null with the errors added. */
    private static Characteristic check(
            InspectionPlan plan, InspectionRequests.Measure m, String at, Instant now, List<FieldError> errors) {
        if (m.subgroup() == null) {
            errors.add(new FieldError(at + "subgroup", "must not be null"));
        }
        if (m.measuredAt() != null && m.measuredAt().isAfter(now)) {
            errors.add(new FieldError(at + "measured_at", "must not be in the future"));
        }
        if (m.characteristic() == null) {
            errors.add(new FieldError(at + "characteristic", "must not be blank"));
            return null;
        }
        Characteristic c = plan.characteristic(m.characteristic()).orElse(null);
        if (c == null) {
            errors.add(new FieldError(at + "characteristic", "the plan has no characteristic " + m.characteristic()));
            return null;
        }
        if (c.isVariable()) {
            if (m.value() == null) {
                errors.add(new FieldError(at + "value", "a variable characteristic is measured with a value"));
            }
            if (m.passed() != null || m.defectCode() != null) {
                errors.add(new FieldError(at + "passed", "only attribute characteristics are passed or failed"));
            }
        } else {
            if (m.passed() == null) {
                errors.add(new FieldError(at + "passed", "an attribute characteristic is passed or failed"));
            }
            if (m.value() != null) {
                errors.add(new FieldError(at + "value", "an attribute characteristic has no value"));
            }
            if (m.defectCode() != null && !c.defectCodes().contains(m.defectCode())) {
                errors.add(new FieldError(at + "defect_code", "must be one of " + c.defectCodes()));
            }
            if (m.defectCode() != null && Boolean.TRUE.equals(m.passed())) {
                errors.add(new FieldError(at + "defect_code", "a passed measurement found no defect"));
            }
        }
        return c;
    }
}
