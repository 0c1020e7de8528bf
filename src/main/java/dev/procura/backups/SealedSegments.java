package dev.procura.backups;

import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A stream encrypted with AES-256-GCM in fixed-size segments, so that neither side ever holds more
 * than one segment. Each segment has a nonce of its own; its associated data is the stream's label
 * (which object it is), its index and whether it is the last, so segments cannot be altered,
 * reordered, moved to another object, dropped or cut off at the end without the reader noticing.
 * Layout: magic {@code PRSG}, version 1, plaintext segment size (4 bytes); then per segment the
 * 12-byte nonce and the sealed bytes (the plaintext and a 16-byte tag). The last segment is shorter
 * than the others or empty.
 */
public final class SealedSegments {

    public static final int SEGMENT_BYTES = 256 * 1024;
    private static final byte[] MAGIC = {'P', 'R', 'S', 'G', 1};
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedSegments() {}

    /** Thrown when a stream does not authenticate: tampered with, truncated, or sealed under another key or label. */
    public static final class Tampered extends IOException {
        private static final long serialVersionUID = 1L;

        Tampered(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static OutputStream sealing(OutputStream out, SecretKey key, String label) throws IOException {
        return new Sealing(out, key, label, SEGMENT_BYTES);
    }

    static OutputStream sealing(OutputStream out, SecretKey key, String label, int segmentBytes) throws IOException {
        return new Sealing(out, key, label, segmentBytes);
    }

    public static InputStream opening(InputStream in, SecretKey key, String label) throws IOException {
        return new Opening(in, key, label);
    }

    private static byte[] associatedData(byte[] label, long index, boolean last) {
        return ByteBuffer.allocate(label.length + 9)
                .put(label)
                .putLong(index)
                .put((byte) (last ? 1 : 0))
                .array();
    }

    private static final class Sealing extends FilterOutputStream {
        private final SecretKey key;
        private final byte[] label;
        private final byte[] plain;
        private final Cipher cipher;
        private int filled;
        private long index;
        private boolean closed;

        Sealing(OutputStream out, SecretKey key, String label, int segmentBytes) throws IOException {
            super(out);
            this.key = key;
            this.label = label.getBytes(StandardCharsets.UTF_8);
            this.plain = new byte[segmentBytes];
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            out.write(MAGIC);
            out.write(ByteBuffer.allocate(4).putInt(segmentBytes).array());
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int done = 0;
            while (done < length) {
                if (filled == plain.length) {
                    seal(false); // more follows, so this full segment is not the last
                }
                int n = Math.min(length - done, plain.length - filled);
                System.arraycopy(bytes, offset + done, plain, filled, n);
                filled += n;
                done += n;
            }
        }

        private void seal(boolean last) throws IOException {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            try {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
                cipher.updateAAD(associatedData(label, index++, last));
                out.write(nonce);
                out.write(cipher.doFinal(plain, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot seal a backup segment", e);
            }
            filled = 0;
        }

        @Override
        public void flush() {
            // Segments leave when full or at close; flushing part of one would change the layout.
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(true);
                out.close();
            }
        }
    }

    private static final class Opening extends InputStream {
        private final PushbackInputStream in;
        private final SecretKey key;
        private final byte[] label;
        private final Cipher cipher;
        private final int segmentBytes;
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean lastSeen;

        Opening(InputStream source, SecretKey key, String label) throws IOException {
            this.in = new PushbackInputStream(source, 1);
            this.key = key;
            this.label = label.getBytes(StandardCharsets.UTF_8);
            byte[] header = in.readNBytes(MAGIC.length + 4);
            if (header.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw new Tampered("Not a sealed backup stream: " + label, null);
            }
            this.segmentBytes = ByteBuffer.wrap(header, MAGIC.length, 4).getInt();
            if (segmentBytes <= 0 || segmentBytes > 64 * 1024 * 1024) {
                throw new Tampered("Implausible segment size in " + label, null);
            }
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (lastSeen) {
                    return -1;
                }
                openNext();
            }
            int n = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, n);
            position += n;
            return n;
        }

        private void openNext() throws IOException {
            byte[] record = in.readNBytes(NONCE_BYTES + segmentBytes + TAG_BYTES);
            if (record.length < NONCE_BYTES + TAG_BYTES) {
                throw new Tampered(
                        "Backup stream " + new String(label, StandardCharsets.UTF_8)
                                + " ends before its last segment (truncated)",
                        new EOFException());
            }
            boolean last = record.length < NONCE_BYTES + segmentBytes + TAG_BYTES || atEnd();
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, record, 0, NONCE_BYTES));
                cipher.updateAAD(associatedData(label, index, last));
                plain = cipher.doFinal(record, NONCE_BYTES, record.length - NONCE_BYTES);
            } catch (GeneralSecurityException e) {
                throw new Tampered(
                        "Segment " + index + " of backup stream " + new String(label, StandardCharsets.UTF_8)
                                + " does not authenticate (tampered, truncated or another key)",
                        e);
            }
            index++;
            position = 0;
            lastSeen = last;
        }

        private boolean atEnd() throws IOException {
            int next = in.read();
            if (next < 0) {
                return true;
            }
            in.unread(next);
            return false;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
