package dev.procura.backups;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counting and SHA-256 over a table's COPY stream, on its way out to a backup or in from one. */
final class TableStreams {

    private TableStreams() {}

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Passes bytes on, counting and hashing them. */
    static final class Tally extends FilterOutputStream {
        final MessageDigest digest = sha256();
        long bytes;

        Tally(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            bytes += len;
            out.write(b, off, len);
        }
    }

    /** Hands bytes on, counting and hashing them. */
    static final class Reading extends FilterInputStream {
        final MessageDigest digest = sha256();
        private final OutputStream copy;
        long bytes;

        Reading(InputStream in) {
            this(in, OutputStream.nullOutputStream());
        }

        /** Also hands every byte read to {@code copy}. */
        Reading(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
                copy.write(b);
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                copy.write(b, off, n);
                bytes += n;
            }
            return n;
        }
    }

    /** Discards bytes (a verification reads a table only to hash it). */
    static final class Nowhere extends OutputStream {
        @Override
        public void write(int b) {
            // nothing kept
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // nothing kept
        }
    }
}
