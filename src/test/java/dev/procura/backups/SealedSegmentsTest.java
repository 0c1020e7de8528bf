package dev.procura.backups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealedSegmentsTest {

    private static final int SEGMENT = 1024;
    private static final SecretKey KEY = key(1);

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        new Random(seed).nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] plain(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static byte[] seal(byte[] plain, String label) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = SealedSegments.sealing(out, KEY, label, SEGMENT)) {
            // odd-sized writes cross segment boundaries
            for (int i = 0; i < plain.length; i += 333) {
                sealing.write(plain, i, Math.min(333, plain.length - i));
            }
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed, SecretKey key, String label) throws IOException {
        try (InputStream in = SealedSegments.opening(new ByteArrayInputStream(sealed), key, label)) {
            return in.readAllBytes();
        }
    }

    @Test
    void roundTripsEmptyShortExactAndLongStreams() throws IOException {
        for (int length : new int[] {0, 1, SEGMENT - 1, SEGMENT, 3 * SEGMENT, 3 * SEGMENT + 17}) {
            byte[] plain = plain(length);
            assertArrayEquals(plain, open(seal(plain, "t"), KEY, "t"), "length " + length);
        }
    }

    @Test
    void aFlippedByteAnywhereIsDetected() throws IOException {
        byte[] sealed = seal(plain(3 * SEGMENT + 5), "t");
        for (int position : new int[] {12, 40, SEGMENT + 60, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= 0x01;
            assertThrows(SealedSegments.Tampered.class, () -> open(tampered, KEY, "t"), "byte " + position);
        }
    }

    @Test
    void aStreamCutAtASegmentBoundaryIsDetected() throws IOException {
        byte[] sealed = seal(plain(3 * SEGMENT + 5), "t");
        int record = 12 + SEGMENT + 16;
        byte[] twoSegments = Arrays.copyOf(sealed, 9 + 2 * record);
        assertThrows(SealedSegments.Tampered.class, () -> open(twoSegments, KEY, "t"));
        byte[] headerOnly = Arrays.copyOf(sealed, 9);
        assertThrows(SealedSegments.Tampered.class, () -> open(headerOnly, KEY, "t"));
    }

    @Test
    void aStreamCutInsideASegmentIsDetected() throws IOException {
        byte[] sealed = seal(plain(3 * SEGMENT + 5), "t");
        assertThrows(SealedSegments.Tampered.class, () -> open(Arrays.copyOf(sealed, sealed.length - 3), KEY, "t"));
        assertThrows(SealedSegments.Tampered.class, () -> open(Arrays.copyOf(sealed, 500), KEY, "t"));
    }

    @Test
    void segmentsDoNotMoveBetweenStreamsOrKeys() throws IOException {
        byte[] sealed = seal(plain(100), "tables/001-a.bin");
        assertThrows(SealedSegments.Tampered.class, () -> open(sealed, KEY, "tables/002-b.bin"));
        assertThrows(SealedSegments.Tampered.class, () -> open(sealed, key(2), "tables/001-a.bin"));
    }

    @Test
    void swappedSegmentsAreDetected() throws IOException {
        byte[] sealed = seal(plain(3 * SEGMENT + 5), "t");
        int record = 12 + SEGMENT + 16;
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, 9, swapped, 9 + record, record);
        System.arraycopy(sealed, 9 + record, swapped, 9, record);
        assertThrows(SealedSegments.Tampered.class, () -> open(swapped, KEY, "t"));
    }

    @Test
    void notASealedStreamIsRefused() {
        assertThrows(
                SealedSegments.Tampered.class,
                () -> open("hello, world".getBytes(java.nio.charset.StandardCharsets.UTF_8), KEY, "t"));
    }
}
