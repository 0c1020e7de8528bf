package dev.procura.documents;

import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.QuotaCounter;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** The tenant's documents and stored bytes for its plan (a file shared by documents counts once). */
@ApplicationScoped
public class DocumentCount implements QuotaCounter {

    @Inject
    TenantTransactions tenantData;

    @Inject
    DocumentRepository documents;

    @Override
    public Set<Meter> meters() {
        return Set.of(Meter.DOCUMENTS, Meter.STORAGE_BYTES);
    }

    @Override
    public long current(UUID tenantId, Meter meter) {
        return tenantData.call(
                tenantId,
                tx -> meter == Meter.DOCUMENTS ? documents.countAllDocuments(tx.em()) : documents.storedBytes(tx.em()));
    }
}
