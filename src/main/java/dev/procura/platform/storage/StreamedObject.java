package dev.procura.platform.storage;

import java.io.OutputStream;
import java.util.concurrent.Executor;

/**
 * An object written as a stream of unknown length (an archive being made), held in at most two
 * part buffers: once a part is full it goes to the store as a part of a multipart upload, in the
 * background, while the writer fills the other buffer. Nothing is visible under the key until
 * {@link #publish()}; closing it unpublished discards what was sent (aborts the upload). A content
 * smaller than a part is stored with one PUT.
 */
public final class StreamedObject extends OutputStream {

    private final UploadTarget target;
    private final Executor sender;
    private final String key;
    private final String contentType;
    private final int partSize;
    private ChunkedBytes buffer = new ChunkedBytes();
    private ChunkedBytes spare;
    private MultipartUpload upload;
    private int previousPart;
    private long size;
    private boolean settled;

    private StreamedObject(UploadTarget target, Executor sender, String key, String contentType, int partSize) {
        this.target = target;
        this.sender = sender;
        this.key = key;
        this.contentType = contentType;
        this.partSize = partSize;
    }

    /** A stream to the object {@code key}, its parts sent by {@code sender} (one at a time, in order). */
    public static StreamedObject open(UploadTarget target, Executor sender, String key, String contentType) {
        return open(target, sender, key, contentType, StreamingUpload.PART_SIZE);
    }

    static StreamedObject open(UploadTarget target, Executor sender, String key, String contentType, int partSize) {
        return new StreamedObject(target, sender, key, contentType, partSize);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (settled) {
            throw new IllegalStateException("The object " + key + " is already published or discarded");
        }
        int done = 0;
        while (done < length) {
            // A full buffer leaves only when more bytes come: the last part is never empty.
            if (buffer.length() == partSize) {
                sendPart();
            }
            int n = Math.min(length - done, partSize - buffer.length());
            buffer.append(bytes, offset + done, n);
            done += n;
            size += n;
        }
    }

    private void sendPart() {
        if (upload == null) {
            upload = MultipartUpload.start(target, sender, key, contentType);
        }
        upload.checkFailure();
        int part = upload.send(buffer);
        ChunkedBytes next = spare;
        if (next == null) {
            next = new ChunkedBytes();
        } else {
            upload.awaitStored(previousPart);
            next.clear();
        }
        spare = buffer;
        buffer = next;
        previousPart = part;
    }

    /** Stores the last part and makes the object visible; returns its size in bytes. */
    public long publish() {
        if (upload == null) {
            target.put(key, contentType, buffer);
        } else {
            upload.send(buffer);
            upload.awaitAll();
            upload.complete();
        }
        settled = true;
        buffer = null;
        spare = null;
        return size;
    }

    /** The bytes written so far. */
    public long size() {
        return size;
    }

    @Override
    public void close() {
        if (!settled) {
            settled = true;
            buffer = null;
            spare = null;
            if (upload != null) {
                upload.abortQuietly();
            }
        }
    }
}
