package dev.procura.quality;

import dev.procura.platform.buying.ReceiptInspections;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.quality.InspectionViews.InspectionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The decision that closes an inspection: accept (only when no characteristic failed), accept
 * with a deviation, or reject some or all of the quantity. Rejecting on a receipt inspection moves
 * the rejected quantity from accepted to rejected on the receipt line, and an NCR may be raised
 * from {@code inspection.rejected}.
 */
@ApplicationScoped
public class InspectionDecisions {

    static final String ACCEPT = "accept";
    static final String REJECT = "reject";
    static final String DEVIATION = "accept_with_deviation";

    @Inject
    TenantTransactions tenantData;

    @Inject
    InspectionRepository inspections;

    @Inject
    InspectionPlants plants;

    @Inject
    ReceiptInspections receipts;

    @Inject
    QualityEvents events;

    public InspectionView decide(Caller caller, UUID inspectionId, InspectionRequests.Decide request) {
        return tenantData.call(tx -> {
            Inspection inspection = plants.writable(tx.em(), inspectionId);
            if (inspection.isClosed()) {
                throw new Failure.InvalidTransition("Inspection " + inspection.number(), "closed", "decided");
            }
            InspectionPlan plan = InspectionPlanService.existing(tx.em(), inspection.planId());
            List<Measurement> measurements = inspections.measurements(tx.em(), inspectionId);
            String result = InspectionResults.overall(InspectionResults.of(plan.characteristics(), measurements));
            Inspection.Decision decision = decision(inspection, request, result);
            inspection.decide(decision, caller.userId(), tx.now());
            if (REJECT.equals(decision.outcome()) && inspection.receiptId() != null) {
                receipts.rejectOnInspection(
                        tx,
                        caller.userId(),
                        inspection.receiptId(),
                        inspection.receiptLine(),
                        decision.rejectedQuantity(),
                        "Inspection " + inspection.number() + ": " + decision.reason());
            }
            tx.em().flush();
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("outcome", decision.outcome());
            if (decision.rejectedQuantity() != null) {
                extra.put("rejected_quantity", inspection.rejectedQuantity());
            }
            extra.put("result", result);
            events.inspection(tx, caller.userId(), "inspection.decided", inspection, extra);
            if (REJECT.equals(decision.outcome())) {
                events.rejected(tx, caller.userId(), inspection, defectCodes(measurements));
            }
            return InspectionView.detail(inspection, plan, measurements);
        });
    }

    /** The decision the request asks for, if the rules allow it; every broken rule is a field error. */
    static Inspection.Decision decision(Inspection inspection, InspectionRequests.Decide request, String result) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal rejected = request.rejectedQuantity();
        switch (request.outcome()) {
            case REJECT -> {
                if (rejected == null) {
                    rejected = inspection.quantity();
                } else if (rejected.compareTo(inspection.quantity()) > 0) {
                    errors.add(new FieldError(
                            "rejected_quantity",
                            "must be at most the inspected quantity "
                                    + inspection.quantity().stripTrailingZeros().toPlainString()));
                }
            }
            case DEVIATION -> {
                if (request.deviation() == null || request.deviation().isBlank()) {
                    errors.add(new FieldError("deviation", "an acceptance with deviation states the deviation"));
                }
            }
            default -> {
                if (InspectionResults.FAIL.equals(result)) {
                    errors.add(new FieldError(
                            "outcome",
                            "characteristics failed: reject, or accept_with_deviation stating the deviation"));
                }
            }
        }
        if (!REJECT.equals(request.outcome()) && rejected != null) {
            errors.add(new FieldError("rejected_quantity", "only a rejection rejects a quantity"));
        }
        if (!DEVIATION.equals(request.outcome()) && request.deviation() != null) {
            errors.add(new FieldError("deviation", "only an acceptance with deviation states one"));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return new Inspection.Decision(request.outcome(), rejected, request.reason(), request.deviation());
    }

    private static List<String> defectCodes(List<Measurement> measurements) {
        return measurements.stream()
                .filter(m -> !m.passed())
                .map(Measurement::defectCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
