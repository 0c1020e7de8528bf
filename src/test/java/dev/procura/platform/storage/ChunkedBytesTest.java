package dev.procura.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkedBytesTest {

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static ChunkedBytes filled(byte[] content, ByteArrayOutputStream seen) throws IOException {
        ChunkedBytes bytes = new ChunkedBytes();
        InputStream in = new ByteArrayInputStream(content);
        while (bytes.readFrom(in, Integer.MAX_VALUE, seen::write) != -1) {
            assertTrue(bytes.length() <= content.length);
        }
        return bytes;
    }

    @Test
    void bytesOverSeveralChunksComeBackWholeFromEveryStreamAndWereEachSeenOnce() throws IOException {
        byte[] content = random(3 * ChunkedBytes.CHUNK + 123);
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        ChunkedBytes bytes = filled(content, seen);
        assertEquals(content.length, bytes.length());
        assertArrayEquals(content, seen.toByteArray());
        assertArrayEquals(content, bytes.newStream().readAllBytes());
        assertArrayEquals(content, bytes.newStream().readAllBytes(), "a second attempt reads the same");
        InputStream byByte = bytes.newStream();
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        for (int b = byByte.read(); b != -1; b = byByte.read()) {
            one.write(b);
        }
        assertArrayEquals(content, one.toByteArray());
    }

    @Test
    void markAndResetReturnToTheMark() throws IOException {
        byte[] content = random(2 * ChunkedBytes.CHUNK);
        InputStream in = filled(content, new ByteArrayOutputStream()).newStream();
        in.skip(ChunkedBytes.CHUNK - 10);
        in.mark(100);
        byte[] first = in.readNBytes(40);
        in.reset();
        assertArrayEquals(first, in.readNBytes(40));
        assertArrayEquals(Arrays.copyOfRange(content, ChunkedBytes.CHUNK - 10, ChunkedBytes.CHUNK + 30), first);
        assertEquals(content.length - ChunkedBytes.CHUNK - 30, in.available());
    }

    @Test
    void aClearedBufferIsRefilledFromItsStart() throws IOException {
        ChunkedBytes bytes = filled(random(ChunkedBytes.CHUNK + 5), new ByteArrayOutputStream());
        bytes.clear();
        bytes.append((byte) 7);
        byte[] rest = random(10);
        bytes.readFrom(new ByteArrayInputStream(rest), 10, (b, o, l) -> {});
        byte[] expected = new byte[11];
        expected[0] = 7;
        System.arraycopy(rest, 0, expected, 1, 10);
        assertArrayEquals(expected, bytes.newStream().readAllBytes());
    }
}
