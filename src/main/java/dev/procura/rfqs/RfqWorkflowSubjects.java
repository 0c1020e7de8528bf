package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.workflows.WorkflowSubject;
import dev.procura.platform.workflows.WorkflowSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** RFQs as the workflow engine sees them: the fields transition conditions may read. */
@ApplicationScoped
public class RfqWorkflowSubjects implements WorkflowSubjects {

    @Inject
    CustomFields customFields;

    public static final String TYPE = "rfq";

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public String pathSegment() {
        return "rfqs";
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of("number", "status", "title", "currency", "needed_by", "due_date", "lines", "suppliers");
    }

    @Override
    public Optional<WorkflowSubject> subject(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(Rfq.class, id))
                .map(rfq -> subject(
                        rfq,
                        customFields.conditionFields(
                                customFields.viewer(tx, TYPE).apply(rfq.customFieldsJson()))));
    }

    /** The record with its fields and, named {@code cf_<key>}, its custom field values. */
    static WorkflowSubject subject(Rfq rfq, Map<String, Object> custom) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", rfq.number());
        fields.put("status", rfq.status().name().toLowerCase(Locale.ROOT));
        fields.put("title", rfq.title());
        fields.put("currency", rfq.currency());
        fields.put("needed_by", rfq.neededBy() == null ? null : rfq.neededBy().toString());
        fields.put("due_date", rfq.dueDate() == null ? null : rfq.dueDate().toString());
        fields.put("lines", rfq.lines().size());
        fields.put("suppliers", rfq.supplierIds().size());
        fields.putAll(custom);
        return new WorkflowSubject(TYPE, rfq.id(), rfq.number(), fields);
    }
}
