package dev.procura.documents;

import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.platform.documents.StoredDocuments;
import dev.procura.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

/** The documents store as other capabilities keep their files in it (project document versions). */
@ApplicationScoped
public class DocumentStore implements StoredDocuments {

    @Inject
    DocumentService documents;

    @Override
    public long maxBytes() {
        return documents.maxBytes();
    }

    @Override
    public Upload upload(Caller caller, InputStream body, String contentType, Long contentLength, Set<String> fields) {
        try (UploadForm form = UploadForm.open(body, contentType, contentLength, documents.maxBytes(), fields)) {
            DocumentView stored = documents.upload(caller, form);
            form.fields();
            return new Upload(
                    new Stored(
                            stored.id(),
                            stored.filename(),
                            stored.mimeType(),
                            stored.file().sizeBytes(),
                            stored.file().sha256()),
                    form.extraFields());
        }
    }

    @Override
    public Content content(Caller caller, UUID documentId) {
        DocumentService.Content content = documents.content(caller, documentId);
        return new Content(content.stream(), content.filename(), content.mimeType(), content.size());
    }

    @Override
    public void discard(Caller caller, UUID documentId) {
        documents.delete(caller, documentId);
    }
}
