package dev.procura.engineering;

import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.workflows.WorkflowSubject;
import dev.procura.platform.workflows.WorkflowSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Drawing revisions (RDA) as the workflow engine sees them; one of a project outside the caller's
 * projects:read plants is not found. The revision's status follows the engine's state, a
 * superseded revision takes no transition (409 {@code drawing-revision-superseded}), and an
 * approving final state freezes the document version.
 */
@ApplicationScoped
public class RdaWorkflowSubjects implements WorkflowSubjects {

    public static final String TYPE = "drawing";

    @Inject
    RdaService service;

    @Inject
    ProjectAccess projects;

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public String pathSegment() {
        return "rda";
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of("project_id", "document_id", "version", "title", "status");
    }

    @Override
    public Optional<WorkflowSubject> subject(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(DrawingRevision.class, id))
                .filter(revision -> projects.isVisibleToCaller(tx, revision.projectId()))
                .map(RdaWorkflowSubjects::subject);
    }

    @Override
    public void entering(TenantTx tx, UUID id, String state, boolean isFinal) {
        service.entering(tx, id);
    }

    @Override
    public void entered(TenantTx tx, UUID id, String state, boolean isFinal) {
        service.entered(tx, id, state, isFinal);
    }

    static WorkflowSubject subject(DrawingRevision revision) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project_id", revision.projectId().toString());
        fields.put("document_id", revision.documentId().toString());
        fields.put("version", revision.versionNumber());
        fields.put("title", revision.title());
        fields.put("status", revision.status());
        return new WorkflowSubject(
                TYPE,
                revision.id(),
                (revision.title() == null ? "drawing" : revision.title()) + " v" + revision.versionNumber(),
                fields);
    }
}
