package dev.procura.engineering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reviewer's comment on one drawing revision. */
@Entity
@Table(name = "drawing_comments")
public class DrawingComment {

    @Id
    private UUID id;

    @Column(name = "revision_id")
    private UUID revisionId;

    @Column(name = "author_id")
    private UUID authorId;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DrawingComment() {}

    DrawingComment(UUID revisionId, UUID authorId, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.revisionId = revisionId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID revisionId() {
        return revisionId;
    }

    public UUID authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
