package dev.procura.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes held in memory in chunks of 64 KiB: a part of an upload, or a whole small one. Chunks keep
 * a buffer of several MiB out of G1's humongous regions, where an array of 5 MiB and a few bytes
 * would take six 1 MiB regions; the heap holds what the bytes need and no more. Once filled, the
 * bytes are read by as many {@link #newStream() streams} as the store needs (one per attempt).
 */
public final class ChunkedBytes {

    static final int CHUNK = 64 * 1024;

    /** Told about bytes as they are read in, e.g. to hash them. */
    interface Received {
        void bytes(byte[] bytes, int offset, int length);
    }

    private final List<byte[]> chunks = new ArrayList<>();
    private int length;

    public int length() {
        return length;
    }

    /**
     * Reads from {@code in} into the free space after the bytes held, at most {@code max} bytes
     * and no further than the current chunk, tells {@code received} of them and returns how many
     * there were (-1 at the end of {@code in}). New chunks are made as needed, old ones reused.
     */
    int readFrom(InputStream in, int max, Received received) throws IOException {
        int index = length / CHUNK;
        int offset = length % CHUNK;
        if (index == chunks.size()) {
            chunks.add(new byte[CHUNK]);
        }
        byte[] chunk = chunks.get(index);
        int read = in.read(chunk, offset, Math.min(max, CHUNK - offset));
        if (read > 0) {
            received.bytes(chunk, offset, read);
            length += read;
        }
        return read;
    }

    /** Appends one byte (already counted by the caller). */
    void append(byte b) {
        if (length / CHUNK == chunks.size()) {
            chunks.add(new byte[CHUNK]);
        }
        chunks.get(length / CHUNK)[length % CHUNK] = b;
        length++;
    }

    /** Appends {@code length} bytes of {@code bytes} from {@code offset}. */
    void append(byte[] bytes, int offset, int count) {
        int done = 0;
        while (done < count) {
            if (length / CHUNK == chunks.size()) {
                chunks.add(new byte[CHUNK]);
            }
            int room = CHUNK - length % CHUNK;
            int n = Math.min(room, count - done);
            System.arraycopy(bytes, offset + done, chunks.get(length / CHUNK), length % CHUNK, n);
            length += n;
            done += n;
        }
    }

    /** Empties it for the next part; the chunks stay for reuse. */
    void clear() {
        length = 0;
    }

    /** A new stream over the bytes held (with mark and reset, as content detection wants). */
    public InputStream newStream() {
        return new InputStream() {
            private int position;
            private int marked;

            @Override
            public int read() {
                return position < length ? chunks.get(position / CHUNK)[position++ % CHUNK] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (position >= length) {
                    return -1;
                }
                int n = Math.min(len, Math.min(length - position, CHUNK - position % CHUNK));
                System.arraycopy(chunks.get(position / CHUNK), position % CHUNK, b, off, n);
                position += n;
                return n;
            }

            @Override
            public long skip(long n) {
                int skipped = (int) Math.max(0, Math.min(n, length - position));
                position += skipped;
                return skipped;
            }

            @Override
            public int available() {
                return length - position;
            }

            @Override
            public boolean markSupported() {
                return true;
            }

            @Override
            public void mark(int readLimit) {
                marked = position;
            }

            @Override
            public void reset() {
                position = marked;
            }
        };
    }
}
