package dev.procura.documents;

import dev.procura.platform.customfields.CustomFieldHost;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Documents take custom fields (set through PUT /documents/{id}). */
@ApplicationScoped
public class DocumentCustomFields implements CustomFieldHost {

    @Override
    public String entityType() {
        return DocumentService.ENTITY;
    }

    @Override
    public String table() {
        return "documents";
    }

    @Override
    public boolean exists(TenantTx tx, UUID id) {
        return tx.em().find(Document.class, id) != null;
    }
}
