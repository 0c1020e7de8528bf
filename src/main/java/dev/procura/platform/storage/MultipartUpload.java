package dev.procura.platform.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One multipart upload under way. Parts are sent in the background, one after another in their
 * order (part N+1 leaves once part N is stored), while the caller reads the next; a part's bytes
 * must stay as they are until {@link #awaitStored} says it is stored. The first failure of a part
 * is kept: the parts queued behind it are dropped without being sent, and the caller gets that
 * failure from its next {@link #checkFailure}, {@link #awaitStored} or {@link #awaitAll}.
 */
final class MultipartUpload {

    private static final Logger LOG = Logger.getLogger(MultipartUpload.class.getName());

    private final UploadTarget target;
    private final Executor sender;
    private final String key;
    private final String uploadId;
    private final List<CompletableFuture<UploadTarget.StoredPart>> sent = new ArrayList<>();
    private CompletableFuture<UploadTarget.StoredPart> last = CompletableFuture.completedFuture(null);
    private volatile Throwable failure;
    private List<UploadTarget.StoredPart> stored;

    private MultipartUpload(UploadTarget target, Executor sender, String key, String uploadId) {
        this.target = target;
        this.sender = sender;
        this.key = key;
        this.uploadId = uploadId;
    }

    static MultipartUpload start(UploadTarget target, Executor sender, String key, String contentType) {
        return new MultipartUpload(
                target, callerRunsWhenRejected(sender), key, target.startMultipart(key, contentType));
    }

    /** An executor that is shutting down must not leave a part neither sent nor failed (its waiters would hang). */
    private static Executor callerRunsWhenRejected(Executor executor) {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                task.run();
            }
        };
    }

    /** Queues the next part (numbered from 1) behind the ones before it and returns its number. */
    int send(ChunkedBytes bytes) {
        int number = sent.size() + 1;
        // Not run at all when an earlier part failed: its future fails with that part's failure.
        CompletableFuture<UploadTarget.StoredPart> part = last.thenApplyAsync(
                before -> {
                    try {
                        return target.putPart(key, uploadId, number, bytes);
                    } catch (RuntimeException | Error e) {
                        failure = e; // before the future fails, so whoever wakes on it sees it; parts run one at a time
                        throw e;
                    }
                },
                sender);
        sent.add(part);
        last = part;
        return number;
    }

    /** Throws the failure of a part sent in the background, if one failed (cheap: call it as often as wanted). */
    void checkFailure() {
        Throwable failed = failure;
        if (failed != null) {
            throw unchecked(failed);
        }
    }

    /** Waits until part {@code number} is stored, so that its bytes may be reused; throws the first failure of any part. */
    void awaitStored(int number) {
        try {
            sent.get(number - 1).join();
        } catch (CompletionException e) {
            checkFailure();
            throw unchecked(e.getCause() == null ? e : e.getCause());
        }
        checkFailure();
    }

    /** Waits for every part; throws the first failure of any. */
    void awaitAll() {
        awaitStored(sent.size());
        stored = sent.stream().map(CompletableFuture::join).toList();
    }

    /** The parts in order, with the ETags and checksums the store returned; after {@link #awaitAll}. */
    List<UploadTarget.StoredPart> storedParts() {
        return stored;
    }

    void complete() {
        target.completeMultipart(key, uploadId, storedParts());
    }

    /**
     * Best effort, once no part is in flight any more (a part stored after the abort would stay in
     * the store): the failure that led here matters more than one of the abort.
     */
    void abortQuietly() {
        last.handle((done, e) -> null).join();
        try {
            target.abortMultipart(key, uploadId);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not abort the multipart upload " + uploadId + " of " + key
                            + "; its parts stay in the store until they are aborted",
                    e);
        }
    }

    /** The failure itself (the same exception the store threw, e.g. a 503 problem), to be thrown by the caller. */
    private static RuntimeException unchecked(Throwable failed) {
        if (failed instanceof Error error) {
            throw error;
        }
        return failed instanceof RuntimeException runtime
                ? runtime
                : new IllegalStateException("A part of the upload failed", failed);
    }
}
