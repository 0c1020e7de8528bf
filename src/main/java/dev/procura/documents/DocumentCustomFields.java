package dev.procura.documents;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** Documents take custom fields (set through PUT /documents/{id}). */
@ApplicationScoped
public class DocumentCustomFields extends EntityCustomFieldHost {

    public DocumentCustomFields() {
        super(DocumentService.ENTITY, "documents", Document.class);
    }
}
