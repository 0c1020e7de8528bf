package dev.procura.platform.storage;

import java.io.OutputStream;
import java.util.concurrent.Executor;

/**
 * Writes one object as a stream: bytes gather in a part buffer; a full part leaves as a multipart
 * upload part in the background while the next fills the other buffer, so at most two parts sit in
 * memory whatever the object's size. {@link #close()} completes the object (a small one goes up in
 * one PUT); {@link #abort()} drops what was sent. Nothing is visible under the key before close.
 */
public final class ObjectOutput extends OutputStream {

    public static final int PART_SIZE = 8 * 1024 * 1024;

    private final UploadTarget target;
    private final Executor sender;
    private final String key;
    private final String contentType;
    private final int partSize;
    private ChunkedBytes filling = new ChunkedBytes();
    private ChunkedBytes spare = new ChunkedBytes();
    private int spareSentAs;
    private MultipartUpload upload;
    private long written;
    private boolean closed;

    ObjectOutput(UploadTarget target, Executor sender, String key, String contentType, int partSize) {
        this.target = target;
        this.sender = sender;
        this.key = key;
        this.contentType = contentType;
        this.partSize = partSize;
    }

    public static ObjectOutput open(UploadTarget target, Executor sender, String key, String contentType) {
        return new ObjectOutput(target, sender, key, contentType, PART_SIZE);
    }

    /** Bytes written so far: the object's size once closed. */
    public long written() {
        return written;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int done = 0;
        while (done < length) {
            if (filling.length() == partSize) {
                sendFilled();
            }
            int n = Math.min(length - done, partSize - filling.length());
            filling.append(bytes, offset + done, n);
            done += n;
        }
        written += length;
    }

    private void sendFilled() {
        if (upload == null) {
            upload = MultipartUpload.start(target, sender, key, contentType);
        } else {
            upload.checkFailure();
        }
        int number = upload.send(filling);
        if (spareSentAs > 0) {
            upload.awaitStored(spareSentAs);
        }
        ChunkedBytes sent = filling;
        filling = spare;
        filling.clear();
        spare = sent;
        spareSentAs = number;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (upload == null) {
            target.put(key, contentType, filling);
            return;
        }
        try {
            if (filling.length() > 0) {
                upload.send(filling);
            }
            upload.awaitAll();
            upload.complete();
        } catch (RuntimeException e) {
            upload.abortQuietly();
            throw e;
        }
    }

    /** Gives up: parts already sent are dropped and nothing appears under the key. */
    public void abort() {
        if (!closed) {
            closed = true;
            if (upload != null) {
                upload.abortQuietly();
            }
        }
    }
}
