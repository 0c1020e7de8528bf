package dev.procura.platform.documents;

import dev.procura.platform.security.Caller;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Port implemented by the documents capability: files of other capabilities (project document
 * versions) kept in the documents store, deduplicated and streamed like any upload, without
 * reading its tables. Each call runs its own tenant transactions.
 */
public interface StoredDocuments {

    /** A stored document: its id, name, type, size and SHA-256. */
    record Stored(UUID documentId, String filename, String mimeType, long sizeBytes, String sha256) {}

    /** What an upload stored, and the other text fields of its form (those asked for). */
    record Upload(Stored stored, Map<String, String> fields) {}

    /** Content to stream to the client. */
    record Content(InputStream stream, String filename, String mimeType, long size) {}

    /** The largest content an upload may have. */
    long maxBytes();

    /**
     * Stores the {@code file} part of a multipart/form-data body (parts {@code file},
     * {@code filename}, {@code mime_type} as for /documents) and returns it with the values of the
     * {@code fields} the form also sent. A bad body or content is a 400/413 problem; nothing is stored then.
     */
    Upload upload(Caller caller, InputStream body, String contentType, Long contentLength, Set<String> fields);

    /** The stored document's bytes (recorded as a download by the caller). */
    Content content(Caller caller, UUID documentId);

    /** Deletes a stored document the caller uploaded (an upload whose record could not be written). */
    void discard(Caller caller, UUID documentId);
}
