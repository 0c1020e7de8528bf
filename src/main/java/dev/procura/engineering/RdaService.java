package dev.procura.engineering;

import dev.procura.engineering.RdaViews.CommentView;
import dev.procura.engineering.RdaViews.RevisionView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.projects.ProjectDocuments;
import dev.procura.platform.projects.ProjectDocuments.DocumentVersion;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.platform.workflows.WorkflowGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drawing approvals (RDA): a version of a project's drawing document submitted for approval through
 * the drawing workflow (entity type {@value RdaWorkflowSubjects#TYPE}); reviewers' comments per
 * revision. A newer version of the same drawing supersedes the revision still under review (its
 * workflow takes no further transition); an approved revision freezes its document version, so a
 * later upload is a new revision.
 */
@ApplicationScoped
public class RdaService {

    static final String DRAWING_KIND = "drawing";
    static final String INITIAL_STATUS = "submitted";

    @Inject
    TenantTransactions tenantData;

    @Inject
    RdaRepository revisions;

    @Inject
    ProjectAccess projects;

    @Inject
    ProjectDocuments documents;

    @Inject
    EngineeringEvents events;

    @Inject
    WorkflowGate workflow;

    public RevisionView submit(Caller caller, UUID projectId, RdaRequests.Submission request) {
        return tenantData.call(tx -> {
            projects.writable(tx, projectId);
            DocumentVersion drawing = drawing(tx, projectId, request);
            List<DrawingRevision> earlier = revisions.ofDocument(tx.em(), drawing.documentId());
            int latest = earlier.stream()
                    .mapToInt(DrawingRevision::versionNumber)
                    .max()
                    .orElse(0);
            if (latest >= drawing.version()) {
                throw new Failure.Conflict(
                        ProblemType.DRAWING_REVISION_NOT_NEWER,
                        "Version " + latest + " of this drawing was submitted already; submit a newer version",
                        Map.of("latest_version", latest));
            }
            UUID id = UUID.randomUUID();
            DrawingRevision revision = new DrawingRevision(
                    id,
                    projectId,
                    drawing.documentId(),
                    drawing.version(),
                    drawing.title(),
                    workflow.state(tx, RdaWorkflowSubjects.TYPE, id).orElse(INITIAL_STATUS),
                    caller.userId(),
                    tx.now());
            tx.em().persist(revision);
            for (DrawingRevision older : earlier) {
                if (older.isOpen()) {
                    older.supersede(id, tx.now());
                    events.drawing(tx, "superseded", caller.userId(), older);
                }
            }
            events.drawing(tx, "submitted", caller.userId(), revision);
            return RevisionView.of(revision, List.of());
        });
    }

    public Page<RevisionView> list(UUID projectId, UUID documentId, int page, int perPage) {
        return tenantData.call(tx -> {
            projects.readable(tx, projectId);
            List<DrawingRevision> found =
                    revisions.ofProject(tx.em(), projectId, documentId, (page - 1) * perPage, perPage);
            Map<UUID, List<DrawingComment>> comments =
                    revisions
                            .comments(
                                    tx.em(),
                                    found.stream().map(DrawingRevision::id).toList())
                            .stream()
                            .collect(Collectors.groupingBy(DrawingComment::revisionId));
            return new Page<>(
                    found.stream()
                            .map(r -> RevisionView.of(r, comments.getOrDefault(r.id(), List.of())))
                            .toList(),
                    page,
                    perPage,
                    revisions.countOfProject(tx.em(), projectId, documentId));
        });
    }

    public RevisionView get(UUID projectId, UUID id) {
        return tenantData.call(tx -> {
            projects.readable(tx, projectId);
            DrawingRevision revision = existing(tx, projectId, id);
            return RevisionView.of(revision, revisions.comments(tx.em(), List.of(id)));
        });
    }

    /** A reviewer's comment on a revision of a project the caller reads; not on a superseded one. */
    public CommentView comment(Caller caller, UUID projectId, UUID id, RdaRequests.Comment request) {
        return tenantData.call(tx -> {
            projects.readable(tx, projectId);
            DrawingRevision revision = existing(tx, projectId, id);
            requireCurrent(revision);
            DrawingComment comment = new DrawingComment(id, caller.userId(), request.body(), tx.now());
            tx.em().persist(comment);
            events.drawing(tx, "commented", caller.userId(), revision);
            return CommentView.of(comment);
        });
    }

    /** Before the drawing workflow moves a revision: a superseded one moves no more. */
    void entering(TenantTx tx, UUID id) {
        DrawingRevision revision = tx.em().find(DrawingRevision.class, id);
        if (revision != null) {
            requireCurrent(revision);
        }
    }

    /** The workflow moved the revision: its status follows; an approving final state freezes the version. */
    void entered(TenantTx tx, UUID id, String state, boolean isFinal) {
        DrawingRevision revision = tx.em().find(DrawingRevision.class, id);
        if (revision == null) {
            return;
        }
        boolean approved = revision.enter(state, isFinal, tx.today(), tx.now());
        if (approved) {
            documents.freeze(tx, revision.projectId(), revision.documentId(), revision.versionNumber());
            revision.freeze();
        }
        if (isFinal) {
            events.drawing(tx, "decided", tx.actor(), revision);
        }
    }

    private DocumentVersion drawing(TenantTx tx, UUID projectId, RdaRequests.Submission request) {
        Optional<DocumentVersion> found = request.version() == null
                ? documents.latest(tx, projectId, request.documentId())
                : documents.version(tx, projectId, request.documentId(), request.version());
        if (found.isEmpty()) {
            throw new Failure.InvalidInput(List.of(
                    request.version() == null
                            ? new FieldError("document_id", "is not a document of this project with a version")
                            : new FieldError("version", "is not a version of a document of this project")));
        }
        if (!DRAWING_KIND.equals(found.get().kind())) {
            throw new Failure.InvalidInput("document_id", "is a " + found.get().kind() + " document, not a drawing");
        }
        return found.get();
    }

    private static void requireCurrent(DrawingRevision revision) {
        if (revision.isSuperseded()) {
            throw new Failure.Conflict(
                    ProblemType.DRAWING_REVISION_SUPERSEDED,
                    "Revision " + revision.versionNumber() + " of this drawing was superseded by a newer one",
                    Map.of("superseded_by", revision.supersededBy()));
        }
    }

    private static DrawingRevision existing(TenantTx tx, UUID projectId, UUID id) {
        DrawingRevision revision = tx.em().find(DrawingRevision.class, id);
        if (revision == null || !revision.projectId().equals(projectId)) {
            throw new Failure.NotFound("No drawing revision " + id + " in project " + projectId);
        }
        return revision;
    }
}
