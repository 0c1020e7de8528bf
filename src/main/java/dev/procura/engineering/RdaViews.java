package dev.procura.engineering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the drawing approval (RDA) API. */
public final class RdaViews {

    private RdaViews() {}

    @Schema(name = "DrawingComment")
    public record CommentView(UUID id, UUID authorId, String body, Instant createdAt) {

        static CommentView of(DrawingComment comment) {
            return new CommentView(comment.id(), comment.authorId(), comment.body(), comment.createdAt());
        }
    }

    @Schema(name = "DrawingRevision")
    public record RevisionView(
            UUID id,
            UUID projectId,
            UUID documentId,

            @Schema(description = "The document version under review")
            int version,

            String title,

            @Schema(description = "The drawing workflow's state, or `superseded`")
            String status,

            @Schema(description = "Approved: the document version is frozen")
            boolean frozen,

            @Schema(description = "Decided in a final state")
            boolean decided,

            @Schema(description = "The newer revision that replaced this one while it was under review")
            UUID supersededBy,

            UUID submittedBy,
            Instant submittedAt,
            LocalDate decidedOn,
            List<CommentView> comments) {

        static RevisionView of(DrawingRevision revision, List<DrawingComment> comments) {
            return new RevisionView(
                    revision.id(),
                    revision.projectId(),
                    revision.documentId(),
                    revision.versionNumber(),
                    revision.title(),
                    revision.status(),
                    revision.isFrozen(),
                    revision.decidedOn() != null,
                    revision.supersededBy(),
                    revision.submittedBy(),
                    revision.submittedAt(),
                    revision.decidedOn(),
                    comments.stream().map(CommentView::of).toList());
        }
    }
}
