package dev.procura.platform.storage;

import dev.procura.platform.failures.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Executor;

/**
 * An upload read once from the request, in parts held in at most two buffers: each byte is hashed
 * (SHA-256, MD5) and counted against the size limit as it arrives, and nothing touches the disk. A
 * content that fits in the first part stays in memory until the caller publishes it; a larger one
 * goes to the store as a multipart upload, which no one sees before it is completed: each part is
 * sent in the background while the next one is read into the other buffer.
 */
public final class StreamingUpload {

    /**
     * S3's minimum part (but for the last): two of them, one being sent and one being read, are the
     * most an upload holds in memory (10 MiB; with what the SDK and the parser hold, a live heap
     * about 12 MiB above an idle server's, under the 16 MB the upload may take).
     */
    public static final int PART_SIZE = 5 * 1024 * 1024;

    private final InputStream content;
    private final long maxBytes;
    private final int partSize;
    private final MessageDigest sha256;
    private final MessageDigest md5;
    private final ChunkedBytes.Received counted = this::received;
    /** The buffer being read, up to a part. */
    private ChunkedBytes buffer = new ChunkedBytes();
    /** The other buffer, whose part is being sent meanwhile; made with the second part. */
    private ChunkedBytes spare;
    /** The byte after a full buffer, which starts the next part. */
    private final byte[] lookahead = new byte[1];

    private long size;
    private boolean ended;
    /** While parts are being sent: a failure of one stops the reading. */
    private MultipartUpload sending;

    private StreamingUpload(InputStream content, long maxBytes, int partSize) {
        this.content = content;
        this.maxBytes = maxBytes;
        this.partSize = partSize;
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

    /** The first part's bytes (the whole content when it fits), e.g. to tell its type; before {@link #stage}. */
    public InputStream head() {
        return buffer.newStream();
    }

    /** Whether the content ended within the first part: it is all in memory, and staging it calls no store. */
    public boolean fitsInOnePart() {
        return ended && sending == null;
    }

    /**
     * Reads the rest of the content and stores it under {@code key} without making it visible: a
     * content that fits in one part makes no call to the store yet; a larger one is sent as a
     * multipart upload, its parts by {@code sender} (each part while the next is read; in order,
     * one at a time), and returned once every part is stored. Any failure on the way (the size
     * limit, the client, the store, also for a part sent in the background) aborts it, once no
     * part is in flight, and is thrown here.
     */
    public StagedObject stage(UploadTarget target, Executor sender, String key, String contentType) {
        if (ended) {
            return StagedObject.inMemory(target, key, contentType, buffer, digest());
        }
        MultipartUpload upload = MultipartUpload.start(target, sender, key, contentType);
        sending = upload;
        try {
            int previous = 0; // the part whose bytes are in spare
            while (!ended) {
                int part = upload.send(buffer);
                ChunkedBytes next = spare;
                if (next == null) {
                    next = new ChunkedBytes();
                } else {
                    upload.awaitStored(previous);
                    next.clear();
                }
                spare = buffer;
                buffer = next;
                previous = part;
                buffer.append(lookahead[0]);
                fill();
            }
            upload.send(buffer);
            upload.awaitAll();
            return StagedObject.inParts(upload, digest());
        } catch (RuntimeException | Error e) {
            upload.abortQuietly();
            throw e;
        } finally {
            buffer = null;
            spare = null;
        }
    }

    /**
     * Reads until the buffer holds a part, then one byte more into {@link #lookahead}: whether it
     * arrives tells if the part is the last. Or until the content ends.
     */
    private void fill() {
        try {
            while (buffer.length() < partSize) {
                if (buffer.readFrom(content, partSize - buffer.length(), counted) == -1) {
                    ended = true;
                    return;
                }
            }
            int read;
            do {
                read = content.read(lookahead, 0, 1);
            } while (read == 0);
            if (read == -1) {
                ended = true;
                return;
            }
            received(lookahead, 0, 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot receive the upload", e);
        }
    }

    /** Counts bytes just read against the limit and hashes them; stops when a part sent meanwhile failed. */
    private void received(byte[] bytes, int offset, int length) {
        if (sending != null) {
            sending.checkFailure();
        }
        size += length;
        if (size > maxBytes) {
            throw new Failure.PayloadTooLarge("The file is larger than " + maxBytes + " bytes");
        }
        sha256.update(bytes, offset, length);
        md5.update(bytes, offset, length);
    }

    private ContentDigest digest() {
        return new ContentDigest(
                HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(md5.digest()), size);
    }
}
