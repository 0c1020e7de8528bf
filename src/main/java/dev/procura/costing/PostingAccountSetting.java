package dev.procura.costing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The GL account one posting role goes to. */
@Entity
@Table(name = "posting_accounts")
public class PostingAccountSetting {

    @Id
    private String role;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PostingAccountSetting() {}

    PostingAccountSetting(String role) {
        this.role = role;
    }

    void assign(UUID accountId, UUID by, Instant now) {
        this.accountId = accountId;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String role() {
        return role;
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
