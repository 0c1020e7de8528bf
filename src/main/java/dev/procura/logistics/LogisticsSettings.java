package dev.procura.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The tenant's GS1 company prefix (for SSCCs) and the base URI of its GS1 Digital Links: one row. */
@Entity
@Table(name = "logistics_settings")
public class LogisticsSettings {

    static final short ONLY = 1;

    @Id
    private short id;

    @Column(name = "gs1_company_prefix")
    private String gs1CompanyPrefix;

    @Column(name = "digital_link_base")
    private String digitalLinkBase;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected LogisticsSettings() {}

    LogisticsSettings(Instant now) {
        this.id = ONLY;
        this.updatedAt = now;
    }

    void change(String gs1CompanyPrefix, String digitalLinkBase, Instant now) {
        this.gs1CompanyPrefix = gs1CompanyPrefix;
        this.digitalLinkBase = digitalLinkBase;
        this.updatedAt = now;
    }

    public String gs1CompanyPrefix() {
        return gs1CompanyPrefix;
    }

    public String digitalLinkBase() {
        return digitalLinkBase;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
