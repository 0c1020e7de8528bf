package dev.procura.platform.storage;

import java.util.List;

/**
 * The object-store calls a {@link StreamingUpload} makes: {@link BlobStore} in the application, a
 * fake in unit tests. Failures are runtime exceptions (the store's are 503 problems).
 */
public interface UploadTarget {

    /** Stores the bytes under the key at once (a new stream over them for each attempt). */
    void put(String key, String contentType, ChunkedBytes bytes);

    /** Starts a multipart upload and returns its id; nothing is visible under the key yet. */
    String startMultipart(String key, String contentType);

    /** Stores part {@code partNumber} (from 1) and returns what completing needs to name it. */
    StoredPart putPart(String key, String uploadId, int partNumber, ChunkedBytes bytes);

    /** Joins the parts into the object under the key, which only now becomes visible. */
    void completeMultipart(String key, String uploadId, List<StoredPart> parts);

    /** Drops the parts of an unfinished multipart upload. */
    void abortMultipart(String key, String uploadId);

    void delete(String key);

    /** A part the store holds: its number, ETag and (if the store returned one) CRC32 checksum. */
    record StoredPart(int partNumber, String etag, String crc32) {}
}
