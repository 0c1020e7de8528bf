package dev.procura.ncrs;

import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.workflows.WorkflowSubject;
import dev.procura.platform.workflows.WorkflowSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * NCRs as the workflow engine sees them: the fields transition conditions may read (e.g.
 * {@code disposition == "scrap"}, {@code open_corrective_actions == 0}); an NCR outside the
 * caller's quality:read plants is not found. The NCR's status follows the engine's state, and a
 * final state is refused while corrective actions are open (409 {@code ncr-actions-open}).
 */
@ApplicationScoped
public class NcrWorkflowSubjects implements WorkflowSubjects {

    public static final String TYPE = "ncr";

    @Inject
    NcrService service;

    @Inject
    NcrRepository ncrs;

    @Inject
    NcrPlants plants;

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public String pathSegment() {
        return "ncrs";
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of(
                "number",
                "status",
                "source",
                "item_code",
                "supplier_id",
                "plant_id",
                "quantity",
                "unit",
                "disposition",
                "defect_codes",
                "actions",
                "open_corrective_actions");
    }

    @Override
    public Optional<WorkflowSubject> subject(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(Ncr.class, id))
                .filter(ncr -> plants.isVisibleToCaller(ncr.plantId()))
                .map(ncr -> subject(ncr, ncrs.actions(tx.em(), List.of(id))));
    }

    @Override
    public void entering(TenantTx tx, UUID id, String state, boolean isFinal) {
        service.entering(tx, id, isFinal);
    }

    @Override
    public void entered(TenantTx tx, UUID id, String state, boolean isFinal) {
        service.entered(tx, id, state, isFinal);
    }

    static WorkflowSubject subject(Ncr ncr, List<NcrAction> actions) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", ncr.number());
        fields.put("status", ncr.status());
        fields.put("source", ncr.source().code());
        fields.put("item_code", ncr.itemCode());
        fields.put(
                "supplier_id",
                ncr.supplierId() == null ? null : ncr.supplierId().toString());
        fields.put("plant_id", ncr.plantId() == null ? null : ncr.plantId().toString());
        fields.put("quantity", ncr.quantity());
        fields.put("unit", ncr.unit());
        fields.put("disposition", ncr.disposition());
        fields.put("defect_codes", String.join(",", ncr.defectCodes()));
        fields.put("actions", actions.size());
        fields.put(
                "open_corrective_actions",
                actions.stream().filter(NcrAction::isOpenCorrective).count());
        return new WorkflowSubject(TYPE, ncr.id(), ncr.number(), fields);
    }
}
