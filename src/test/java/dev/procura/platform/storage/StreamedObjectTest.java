package dev.procura.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamedObjectTest {

    private static final int PART = 16;
    private static final String KEY = "tenants/t/exports/e.zip";

    private final RecordingTarget store = new RecordingTarget();
    private final ExecutorService background = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Writes in uneven pieces, as an archive writer does. */
    private static void writeInPieces(StreamedObject out, byte[] content) {
        Random sizes = new Random(3);
        int offset = 0;
        while (offset < content.length) {
            int n = Math.min(content.length - offset, 1 + sizes.nextInt(11));
            if (n == 1) {
                out.write(content[offset]);
            } else {
                out.write(content, offset, n);
            }
            offset += n;
        }
    }

    @Test
    void aContentSmallerThanAPartIsOnePut() {
        byte[] content = bytes(PART - 3);
        try (StreamedObject out = StreamedObject.open(store, background, KEY, "application/zip", PART)) {
            writeInPieces(out, content);
            assertEquals(content.length, out.publish());
        }
        assertEquals(List.of("put " + (PART - 3)), store.calls());
        assertArrayEquals(content, store.objects.get(KEY));
        assertEquals("application/zip", store.contentTypeOf(KEY));
    }

    @Test
    void aLargerContentGoesInFullPartsAndANonEmptyLastOne() {
        byte[] content = bytes(3 * PART);
        try (StreamedObject out = StreamedObject.open(store, background, KEY, "application/zip", PART)) {
            writeInPieces(out, content);
            assertEquals(3L * PART, out.size());
            out.publish();
        }
        assertEquals(List.of(PART, PART, PART), store.partSizes());
        assertTrue(store.calls().contains("complete 3"), store.calls().toString());
        assertArrayEquals(content, store.objects.get(KEY));
    }

    @Test
    void closingUnpublishedAbortsTheUploadAndLeavesNoObject() {
        StreamedObject out = StreamedObject.open(store, background, KEY, "application/zip", PART);
        writeInPieces(out, bytes(2 * PART + 5));
        out.close();

        assertTrue(store.calls().contains("abort"), store.calls().toString());
        assertFalse(store.objects.containsKey(KEY));
        assertThrows(IllegalStateException.class, () -> out.write(1));
    }

    @Test
    void aFailedPartStopsTheWriterAndNothingIsPublished() {
        store.failOn("part 1");
        StreamedObject out = StreamedObject.open(store, Runnable::run, KEY, "application/zip", PART);
        byte[] content = bytes(4 * PART);

        assertThrows(IllegalStateException.class, () -> {
            writeInPieces(out, content);
            out.publish();
        });
        out.close();
        assertFalse(store.objects.containsKey(KEY));
    }
}
