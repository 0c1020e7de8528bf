package dev.procura.platform.storage;

import dev.procura.platform.web.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An upload read once from the request, in parts held in one buffer: each byte is hashed (SHA-256,
 * MD5) and counted against the size limit as it arrives, and nothing touches the disk. A content
 * that fits in the first part stays in memory until the caller publishes it; a larger one goes to
 * the store part by part as a multipart upload, which no one sees before it is completed.
 */
public final class StreamingUpload {

    /** Above S3's 5 MiB minimum part, and the most an upload holds in memory. */
    public static final int PART_SIZE = 8 * 1024 * 1024;
    /** Small uploads (most are) start with a small buffer; it doubles up to a part. */
    private static final int FIRST_BUFFER = 64 * 1024;

    private final InputStream content;
    private final long maxBytes;
    private final int partSize;
    private final MessageDigest sha256;
    private final MessageDigest md5;
    /** A part and one byte more: whether that byte arrives tells if the part is the last. */
    private byte[] buffer;
    private int filled;
    private long size;
    private boolean ended;

    private StreamingUpload(InputStream content, long maxBytes, int partSize) {
        this.content = content;
        this.maxBytes = maxBytes;
        this.partSize = partSize;
        this.buffer = new byte[Math.min(FIRST_BUFFER, partSize + 1)];
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the first part (more than {@code maxBytes} is a 413 problem). */
    public static StreamingUpload begin(InputStream content, long maxBytes) {
        return begin(content, maxBytes, PART_SIZE);
    }

    static StreamingUpload begin(InputStream content, long maxBytes, int partSize) {
        StreamingUpload upload = new StreamingUpload(content, maxBytes, partSize);
        upload.fill();
        return upload;
    }

    /** The first part's bytes (the whole content when it fits), e.g. to tell its type. */
    public InputStream head() {
        return new ByteArrayInputStream(buffer, 0, Math.min(filled, partSize));
    }

    /**
     * Reads the rest of the content and stores it under {@code key} without making it visible: a
     * content that fits in one part makes no call to the store yet; a larger one is sent as a
     * multipart upload, aborted if anything fails on the way (the size limit, the client, the store).
     */
    public StagedObject stage(UploadTarget target, String key, String contentType) {
        if (ended) {
            return StagedObject.inMemory(target, key, contentType, buffer, filled, digest());
        }
        MultipartUpload upload = MultipartUpload.start(target, key, contentType);
        try {
            while (!ended) {
                upload.add(buffer, partSize);
                buffer[0] = buffer[partSize];
                filled = 1;
                fill();
            }
            upload.add(buffer, filled);
            return StagedObject.inParts(upload, digest());
        } catch (RuntimeException e) {
            upload.abortQuietly();
            throw e;
        }
    }

    /** Reads until the buffer holds a part and one byte more, or the content ends. */
    private void fill() {
        try {
            while (filled < partSize + 1) {
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, partSize + 1L));
                }
                int read = content.read(buffer, filled, buffer.length - filled);
                if (read == -1) {
                    ended = true;
                    return;
                }
                size += read;
                if (size > maxBytes) {
                    throw new ProblemException.PayloadTooLarge("The file is larger than " + maxBytes + " bytes");
                }
                sha256.update(buffer, filled, read);
                md5.update(buffer, filled, read);
                filled += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot receive the upload", e);
        }
    }

    private ContentDigest digest() {
        return new ContentDigest(HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(md5.digest()), size);
    }
}
