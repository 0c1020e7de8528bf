package dev.procura.documents;

import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings one tenant's file rows and S3 objects back in line. An object without a row is deleted
 * once it is older than {@code procura.reconciliation.grace} (a younger one may belong to an
 * upload about to commit); a row whose object is gone is removed with the documents on it.
 */
@ApplicationScoped
public class FileReconciler {

    @Inject
    Clock clock;

    /** What one tenant's reconciliation found and did. */
    public record Outcome(UUID tenantId, int orphanObjects, int missingObjects, int repaired) {}

    @Inject
    TenantTransactions tenantData;

    @Inject
    BlobStore blobs;

    @Inject
    @ConfigProperty(name = "procura.reconciliation.grace", defaultValue = "PT10M")
    Duration grace;

    public Outcome reconcile(UUID tenantId) {
        Map<String, Instant> objects = blobs.list("tenants/" + tenantId + "/files/");
        Map<String, UUID> rows = tenantData.call(tenantId, tx -> {
            Map<String, UUID> keys = new java.util.HashMap<>();
            for (StoredFile file : tx.em()
                    .createQuery("SELECT f FROM StoredFile f", StoredFile.class)
                    .getResultList()) {
                keys.put(file.objectKey(), file.id());
            }
            return keys;
        });
        Instant settled = clock.instant().minus(grace);
        List<String> orphanObjects = objects.entrySet().stream()
                .filter(o -> !rows.containsKey(o.getKey()) && o.getValue().isBefore(settled))
                .map(Map.Entry::getKey)
                .toList();
        Set<UUID> missing = new HashSet<>();
        rows.forEach((key, fileId) -> {
            if (!objects.containsKey(key)) {
                missing.add(fileId);
            }
        });
        orphanObjects.forEach(blobs::delete);
        if (!missing.isEmpty()) {
            tenantData.call(tenantId, tx -> {
                EntityManager em = tx.em();
                em.createQuery("DELETE FROM Document d WHERE d.fileId IN :files")
                        .setParameter("files", missing)
                        .executeUpdate();
                em.createQuery("DELETE FROM StoredFile f WHERE f.id IN :files")
                        .setParameter("files", missing)
                        .executeUpdate();
                return null;
            });
        }
        return new Outcome(tenantId, orphanObjects.size(), missing.size(), orphanObjects.size() + missing.size());
    }
}
