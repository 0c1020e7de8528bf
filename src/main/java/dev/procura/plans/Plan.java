package dev.procura.plans;

import dev.procura.platform.quotas.Meter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What a tenant may use (limits and features) and how it is billed. A null limit is unlimited. */
@Entity
@Table(name = "plans")
public class Plan {

    @Id
    private UUID id;

    private String code;
    private String name;

    @Column(name = "billing_model")
    private String billingModel;

    private String currency;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "trial_days")
    private Integer trialDays;

    @Column(name = "grace_percent")
    private int gracePercent;

    @Column(name = "requires_verified_email")
    private boolean requiresVerifiedEmail;

    @Column(name = "max_members")
    private Long maxMembers;

    @Column(name = "max_documents")
    private Long maxDocuments;

    @Column(name = "max_storage_bytes")
    private Long maxStorageBytes;

    @Column(name = "max_api_requests")
    private Long maxApiRequests;

    @Column(name = "max_conversions")
    private Long maxConversions;

    @Column(name = "max_emails")
    private Long maxEmails;

    @Column(name = "max_custom_fields")
    private Long maxCustomFields;

    @Column(name = "max_workflows")
    private Long maxWorkflows;

    @Column(name = "backup_retention_days")
    private Integer backupRetentionDays;

    private String features;

    /** The tenant server every tenant on this plan is pinned to; null: any. */
    @Column(name = "dedicated_server")
    private String dedicatedServer;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Plan() {}

    Plan(UUID id, PlanRequests.Save terms, Instant now) {
        this.id = id;
        this.createdAt = now;
        change(terms, now);
    }

    final void change(PlanRequests.Save terms, Instant now) {
        code = terms.code();
        name = terms.name().strip();
        billingModel = terms.billingModel();
        currency = terms.currency();
        unitPrice = terms.unitPrice();
        trialDays = terms.trialDays();
        gracePercent = terms.gracePercent() == null ? 0 : terms.gracePercent();
        requiresVerifiedEmail = Boolean.TRUE.equals(terms.requiresVerifiedEmail());
        PlanRequests.Limits limits = terms.limits() == null ? PlanRequests.Limits.NONE : terms.limits();
        maxMembers = limits.members();
        maxDocuments = limits.documents();
        maxStorageBytes = limits.storageBytes();
        maxApiRequests = limits.apiRequests();
        maxConversions = limits.conversions();
        maxEmails = limits.emails();
        maxCustomFields = limits.customFields();
        maxWorkflows = limits.workflows();
        backupRetentionDays = terms.backupRetentionDays();
        dedicatedServer = terms.dedicatedServer();
        features = terms.features() == null
                ? ""
                : String.join(",", terms.features().stream().sorted().toList());
        updatedAt = now;
    }

    /** The plan's limit of the meter; null when unlimited. */
    public Long limit(Meter meter) {
        return switch (meter) {
            case MEMBERS -> maxMembers;
            case DOCUMENTS -> maxDocuments;
            case STORAGE_BYTES -> maxStorageBytes;
            case API_REQUESTS -> maxApiRequests;
            case CONVERSIONS -> maxConversions;
            case EMAILS -> maxEmails;
            case CUSTOM_FIELDS -> maxCustomFields;
            case WORKFLOWS -> maxWorkflows;
            case TRANSACTIONS -> null;
        };
    }

    public List<String> features() {
        return features.isEmpty() ? List.of() : Arrays.asList(features.split(",", -1));
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

    public String billingModel() {
        return billingModel;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public Integer trialDays() {
        return trialDays;
    }

    public int gracePercent() {
        return gracePercent;
    }

    public boolean requiresVerifiedEmail() {
        return requiresVerifiedEmail;
    }

    public String dedicatedServer() {
        return dedicatedServer;
    }

    public Integer backupRetentionDays() {
        return backupRetentionDays;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
