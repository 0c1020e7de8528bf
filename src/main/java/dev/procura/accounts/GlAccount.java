package dev.procura.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An account of the general ledger: a group that holds others, or a postable account amounts are posted to. */
@Entity
@Table(name = "gl_accounts")
public class GlAccount {

    @Id
    private UUID id;

    private String code;
    private String name;
    private String type;
    private String kind;
    private String currency;

    @Column(name = "parent_id")
    private UUID parentId;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected GlAccount() {}

    GlAccount(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(GlAccountRequests.Define request, UUID parent, Instant now) {
        this.code = request.code();
        this.name = request.name();
        this.type = request.type();
        this.kind = request.kind();
        this.currency = request.currency();
        this.parentId = parent;
        this.active = request.activeOrDefault();
        this.updatedAt = now;
    }

    /** Whether the request says what this account already is (an import row that changes nothing). */
    boolean sameAs(GlAccountRequests.Define request, UUID parent) {
        return code.equals(request.code())
                && name.equals(request.name())
                && type.equals(request.type())
                && kind.equals(request.kind())
                && java.util.Objects.equals(currency, request.currency())
                && java.util.Objects.equals(parentId, parent)
                && active == request.activeOrDefault();
    }

    public boolean isGroup() {
        return GlAccountRules.GROUP.equals(kind);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String kind() {
        return kind;
    }

    public String currency() {
        return currency;
    }

    public UUID parentId() {
        return parentId;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
