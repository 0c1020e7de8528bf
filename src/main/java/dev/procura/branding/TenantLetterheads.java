package dev.procura.branding;

import dev.procura.platform.branding.BrandingFacts;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** The branding port: the display name and the PDF and email texts of a tenant's branding. */
@ApplicationScoped
public class TenantLetterheads implements BrandingFacts {

    @Inject
    TenantTransactions tenantData;

    @Inject
    BrandingRepository brandings;

    @Override
    public Letterhead letterhead(UUID tenantId) {
        return tenantData.call(tenantId, tx -> {
            Branding branding = brandings.find(tx.em());
            return branding == null
                    ? Letterhead.NONE
                    : new Letterhead(
                            branding.displayName(),
                            branding.pdfHeader(),
                            branding.pdfFooter(),
                            branding.emailHeader(),
                            branding.emailFooter());
        });
    }
}
