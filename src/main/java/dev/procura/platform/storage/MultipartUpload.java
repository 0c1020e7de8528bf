package dev.procura.platform.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One multipart upload under way: parts are added in order, then it is completed or aborted. */
final class MultipartUpload {

    private static final Logger LOG = Logger.getLogger(MultipartUpload.class.getName());

    private final UploadTarget target;
    private final String key;
    private final String uploadId;
    private final List<UploadTarget.StoredPart> parts = new ArrayList<>();

    private MultipartUpload(UploadTarget target, String key, String uploadId) {
        this.target = target;
        this.key = key;
        this.uploadId = uploadId;
    }

    static MultipartUpload start(UploadTarget target, String key, String contentType) {
        return new MultipartUpload(target, key, target.startMultipart(key, contentType));
    }

    void add(byte[] bytes, int length) {
        parts.add(target.putPart(key, uploadId, parts.size() + 1, bytes, length));
    }

    void complete() {
        target.completeMultipart(key, uploadId, List.copyOf(parts));
    }

    /** Best effort: the failure that led here matters more than one of the abort. */
    void abortQuietly() {
        try {
            target.abortMultipart(key, uploadId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not abort the multipart upload " + uploadId + " of " + key
                    + "; its parts stay in the store until they are aborted", e);
        }
    }
}
