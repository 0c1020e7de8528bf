package dev.procura.backups;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * An order-independent digest of a binary COPY stream: the number of rows and the sum of each
 * row's SHA-256. A table read back after a restore need not come out in the order it was loaded
 * (PostgreSQL may place rows on other pages), so the rows are compared as a multiset.
 */
final class CopyRows extends OutputStream {

    private static final int SIGNATURE_AND_FLAGS = 11 + 4;

    private byte[] buffer = new byte[64 * 1024];
    private int length;
    private int position;
    private boolean headerRead;
    private boolean ended;
    private long rows;
    private long sumHigh;
    private long sumLow;

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) {
        if (length + count > buffer.length) {
            System.arraycopy(buffer, position, buffer, 0, length - position);
            length -= position;
            position = 0;
            if (length + count > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
            }
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
        while (!ended && next()) {
            // each call takes one header or row
        }
    }

    /** Takes the header or one whole row if they have arrived; false when more bytes are needed. */
    private boolean next() {
        ByteBuffer view = ByteBuffer.wrap(buffer, 0, length);
        if (!headerRead) {
            if (length - position < SIGNATURE_AND_FLAGS + 4) {
                return false;
            }
            int extension = view.getInt(position + SIGNATURE_AND_FLAGS);
            if (length - position < SIGNATURE_AND_FLAGS + 4 + extension) {
                return false;
            }
            position += SIGNATURE_AND_FLAGS + 4 + extension;
            headerRead = true;
            return true;
        }
        if (length - position < 2) {
            return false;
        }
        short fields = view.getShort(position);
        if (fields == -1) {
            ended = true;
            return false;
        }
        int at = position + 2;
        for (int i = 0; i < fields; i++) {
            if (length - at < 4) {
                return false;
            }
            int size = view.getInt(at);
            at += 4 + Math.max(size, 0);
            if (at > length) {
                return false;
            }
        }
        MessageDigest digest = TableStreams.sha256();
        digest.update(buffer, position, at - position);
        ByteBuffer hash = ByteBuffer.wrap(digest.digest());
        sumHigh += hash.getLong();
        sumLow += hash.getLong();
        rows++;
        position = at;
        return true;
    }

    /** Rows and digest, equal for two streams holding the same rows in any order. */
    String summary() {
        return rows + ":" + Long.toHexString(sumHigh) + Long.toHexString(sumLow);
    }
}
