package dev.procura.documents;

import dev.procura.platform.events.EventHandling;
import dev.procura.platform.events.ProcessedEvents;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** On document.deleted of a file's last document: removes the orphan file row, then its object. */
@ApplicationScoped
public class OrphanFileCleaner {

    static final String CONSUMER = "orphan-file-cleaner";

    @Inject
    EventHandling handling;

    @Inject
    ProcessedEvents processed;

    @Inject
    TenantTransactions tenantData;

    @Inject
    DocumentRepository documents;

    @Inject
    BlobStore blobs;

    @Incoming("document-deleted")
    public void onDocumentDeleted(String payload) {
        handling.handle(CONSUMER, "document.deleted", payload, this::clean);
    }

    void clean(JsonObject event) {
        JsonObject data = event.getJsonObject("data");
        if (!data.getBoolean("orphan", false)) {
            return;
        }
        UUID tenantId = UUID.fromString(event.getString("tenant_id"));
        UUID eventId = UUID.fromString(event.getString("event_id"));
        UUID fileId = UUID.fromString(data.getString("file_id"));
        String objectKey = tenantData.call(tenantId, tx -> {
            EntityManager em = tx.em();
            if (!processed.firstTime(em, tenantId, CONSUMER, eventId)) {
                return null;
            }
            StoredFile file = em.find(StoredFile.class, fileId);
            // Gone already, or used again by an upload of the same content since.
            if (file == null || documents.documentsOf(em, fileId) > 0) {
                return null;
            }
            em.remove(file);
            return file.objectKey();
        });
        if (objectKey != null) {
            blobs.delete(objectKey);
        }
    }
}
