package dev.procura.platform.storage;

/**
 * An upload whose bytes have all been read and whose digest is known, but which is not yet an
 * object anyone can see: the caller decides from the digest whether to {@link #publish()} it or
 * to let {@link #close()} discard it (abort the multipart upload; a content held in memory just
 * goes). Use it in try-with-resources, so that any failure before publishing discards it.
 */
public final class StagedObject implements AutoCloseable {

    private final ContentDigest digest;
    private final Runnable publish;
    private final Runnable discard;
    private boolean settled;

    private StagedObject(ContentDigest digest, Runnable publish, Runnable discard) {
        this.digest = digest;
        this.publish = publish;
        this.discard = discard;
    }

    static StagedObject inMemory(
            UploadTarget target, String key, String contentType, ChunkedBytes bytes, ContentDigest digest) {
        return new StagedObject(digest, () -> target.put(key, contentType, bytes), () -> {});
    }

    static StagedObject inParts(MultipartUpload upload, ContentDigest digest) {
        return new StagedObject(digest, upload::complete, upload::abortQuietly);
    }

    public ContentDigest digest() {
        return digest;
    }

    /** Makes the object visible under its key (one PUT, or completing the multipart upload). */
    public void publish() {
        publish.run();
        settled = true;
    }

    @Override
    public void close() {
        if (!settled) {
            settled = true;
            discard.run();
        }
    }
}
