package dev.procura.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The tenant's white-label branding: the one row of its database's {@code branding} table. */
@Entity
@Table(name = "branding")
public class Branding {

    static final short THE_ROW = 1;

    @Id
    private short id;

    @Column(name = "display_name")
    private String displayName;

    private String slug;

    @Column(name = "logo_document_id")
    private UUID logoDocumentId;

    @Column(name = "favicon_document_id")
    private UUID faviconDocumentId;

    @Column(name = "primary_color")
    private String primaryColor;

    @Column(name = "secondary_color")
    private String secondaryColor;

    private String font;

    @Column(name = "email_header")
    private String emailHeader;

    @Column(name = "email_footer")
    private String emailFooter;

    @Column(name = "pdf_header")
    private String pdfHeader;

    @Column(name = "pdf_footer")
    private String pdfFooter;

    @Column(name = "custom_domain")
    private String customDomain;

    @Column(name = "domain_verification_token")
    private String domainVerificationToken;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Branding() {}

    Branding(Instant now) {
        this.id = THE_ROW;
        this.createdAt = stored(now);
        this.updatedAt = createdAt;
    }

    /** As PostgreSQL keeps it (microseconds), so the answer to a change equals what a read gives. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Takes the new values in full; a new custom domain gets a new verification token. */
    void change(BrandingRequests.Change change, Instant now, java.util.function.Supplier<String> newToken) {
        this.displayName = change.displayName();
        this.slug = change.slug();
        this.logoDocumentId = change.logoDocumentId();
        this.faviconDocumentId = change.faviconDocumentId();
        this.primaryColor =
                change.primaryColor() == null ? null : change.primaryColor().toUpperCase(java.util.Locale.ROOT);
        this.secondaryColor =
                change.secondaryColor() == null ? null : change.secondaryColor().toUpperCase(java.util.Locale.ROOT);
        this.font = change.font();
        this.emailHeader = change.emailHeader();
        this.emailFooter = change.emailFooter();
        this.pdfHeader = change.pdfHeader();
        this.pdfFooter = change.pdfFooter();
        if (change.customDomain() == null) {
            this.domainVerificationToken = null;
        } else if (!change.customDomain().equals(customDomain) || domainVerificationToken == null) {
            this.domainVerificationToken = newToken.get();
        }
        this.customDomain = change.customDomain();
        this.updatedAt = stored(now);
    }

    public String displayName() {
        return displayName;
    }

    public String slug() {
        return slug;
    }

    public UUID logoDocumentId() {
        return logoDocumentId;
    }

    public UUID faviconDocumentId() {
        return faviconDocumentId;
    }

    public String primaryColor() {
        return primaryColor;
    }

    public String secondaryColor() {
        return secondaryColor;
    }

    public String font() {
        return font;
    }

    public String emailHeader() {
        return emailHeader;
    }

    public String emailFooter() {
        return emailFooter;
    }

    public String pdfHeader() {
        return pdfHeader;
    }

    public String pdfFooter() {
        return pdfFooter;
    }

    public String customDomain() {
        return customDomain;
    }

    public String domainVerificationToken() {
        return domainVerificationToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
