package dev.procura.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingUploadTest {

    private static final int PART = 16;
    private static final String KEY = "tenants/t/files/2026/01/f";
    /** Parts sent on the reading thread: the calls come in one order, to be checked call by call. */
    private static final Executor INLINE = Runnable::run;

    private final RecordingTarget store = new RecordingTarget();
    /** Parts sent by threads of their own, as the server's managed executor does. */
    private final ExecutorService background = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String hex(String algorithm, byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    }

    /** Hands out at most a few bytes per read, as a network stream may. */
    private static InputStream trickling(byte[] content) {
        Random sizes = new Random(7);
        return new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + sizes.nextInt(7)));
            }
        };
    }

    /** Fails like a dropped connection once {@code after} bytes were read. */
    private static InputStream breakingAfter(byte[] content, int after) {
        return new FilterInputStream(new ByteArrayInputStream(content)) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= after) {
                    throw new IOException("connection reset");
                }
                int n = super.read(b, off, Math.min(len, after - read));
                read += Math.max(n, 0);
                return n;
            }
        };
    }

    /** Counts the bytes handed out in {@code read[0]}. */
    private static InputStream counting(byte[] content, int[] read) {
        return new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private StagedObject stage(byte[] content, long maxBytes) {
        return StreamingUpload.begin(new ByteArrayInputStream(content), maxBytes, PART)
                .stage(store, INLINE, KEY, "text/csv");
    }

    private byte[] publish(byte[] content) {
        try (StagedObject staged = stage(content, Long.MAX_VALUE)) {
            staged.publish();
        }
        return store.objects.get(KEY);
    }

    @Test
    void anEmptyUploadIsOnePutOfNothing() {
        assertArrayEquals(new byte[0], publish(new byte[0]));
        assertEquals(List.of("put 0"), store.calls);
    }

    @Test
    void oneByteIsOnePut() {
        byte[] content = bytes(1);
        assertArrayEquals(content, publish(content));
        assertEquals(List.of("put 1"), store.calls);
    }

    @Test
    void exactlyOnePartIsOnePutNotAMultipartUpload() {
        byte[] content = bytes(PART);
        assertArrayEquals(content, publish(content));
        assertEquals(List.of("put " + PART), store.calls);
    }

    @Test
    void onePartAndOneByteMoreAreTwoParts() {
        byte[] content = bytes(PART + 1);
        assertArrayEquals(content, publish(content));
        assertEquals(List.of("start", "part 1 " + PART, "part 2 1", "complete 2"), store.calls);
        assertEquals("text/csv", store.contentTypeOf(KEY));
    }

    @Test
    void severalWholePartsAreSentWithoutAnEmptyLastOne() {
        byte[] content = bytes(3 * PART);
        assertArrayEquals(content, publish(content));
        assertEquals(List.of(PART, PART, PART), store.partSizes());
        assertEquals("complete 3", store.calls.get(store.calls.size() - 1));
    }

    @Test
    void severalPartsAndARestEndWithTheRest() {
        byte[] content = bytes(3 * PART + 5);
        assertArrayEquals(content, publish(content));
        assertEquals(List.of(PART, PART, PART, 5), store.partSizes());
    }

    @Test
    void theRealPartSizeSplitsOneByteOverAPartIntoTwoParts() {
        byte[] content = bytes(StreamingUpload.PART_SIZE + 1);
        try (StagedObject staged =
                StreamingUpload.begin(trickling(content), Long.MAX_VALUE).stage(store, INLINE, KEY, "x/y")) {
            staged.publish();
        }
        assertEquals(List.of(StreamingUpload.PART_SIZE, 1), store.partSizes());
        assertArrayEquals(content, store.objects.get(KEY));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, PART - 1, PART, PART + 1, 2 * PART, 5 * PART + 3})
    void theDigestIsThatOfTheWholeContentHoweverItArrives(int size) throws Exception {
        byte[] content = bytes(size);
        try (StagedObject staged =
                StreamingUpload.begin(trickling(content), Long.MAX_VALUE, PART).stage(store, INLINE, KEY, "x/y")) {
            assertEquals(new ContentDigest(hex("SHA-256", content), hex("MD5", content), size), staged.digest());
            staged.publish();
        }
        assertArrayEquals(content, store.objects.get(KEY));
    }

    @Test
    void theHeadIsTheFirstPartOnly() throws Exception {
        byte[] content = bytes(2 * PART + 3);
        StreamingUpload upload = StreamingUpload.begin(new ByteArrayInputStream(content), Long.MAX_VALUE, PART);
        assertArrayEquals(Arrays.copyOf(content, PART), upload.head().readAllBytes());
        assertTrue(store.calls.isEmpty(), "reading the head calls no store");
    }

    @Test
    void partsLeaveWhileTheRequestIsStillBeingRead() {
        byte[] content = bytes(4 * PART);
        InputStream watched = new FilterInputStream(new ByteArrayInputStream(content)) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > 2 * PART + 1) {
                    assertTrue(
                            store.calls.containsAll(List.of("part 1 " + PART, "part 2 " + PART)),
                            "parts 1 and 2 are sent before byte " + read + " is read: " + store.calls);
                }
                int n = super.read(b, off, Math.min(len, 4));
                read += Math.max(n, 0);
                return n;
            }
        };
        try (StagedObject staged =
                StreamingUpload.begin(watched, Long.MAX_VALUE, PART).stage(store, INLINE, KEY, "x/y")) {
            staged.publish();
        }
        assertArrayEquals(content, store.objects.get(KEY));
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        byte[] content = bytes(2 * PART + 1);
        try (StagedObject staged = stage(content, content.length)) {
            staged.publish();
        }
        assertArrayEquals(content, store.objects.get(KEY));
    }

    @Test
    void aByteOverTheLimitWithinTheFirstPartIsRefusedBeforeAnyStoreCall() {
        assertThrows(Failure.PayloadTooLarge.class, () -> stage(bytes(PART + 1), PART));
        assertTrue(store.calls.isEmpty(), store.calls.toString());
    }

    @Test
    void passingTheLimitMidStreamAbortsTheMultipartUploadAndStopsReading() {
        byte[] content = bytes(4 * PART);
        int[] read = {0};
        InputStream counted = new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        long limit = 2 * PART + PART / 2;
        StreamingUpload upload = StreamingUpload.begin(counted, limit, PART);
        assertThrows(Failure.PayloadTooLarge.class, () -> upload.stage(store, INLINE, KEY, "x/y"));
        assertEquals(List.of("start", "part 1 " + PART, "part 2 " + PART, "abort"), store.calls);
        assertTrue(store.objects.isEmpty() && store.openUploads.isEmpty());
        assertTrue(read[0] <= limit + PART + 1, "stopped reading near the limit, read " + read[0]);
    }

    @Test
    void aStoreFailureMidStreamAbortsTheMultipartUpload() {
        store.failOn("part 2");
        IllegalStateException failure =
                assertThrows(IllegalStateException.class, () -> stage(bytes(4 * PART), Long.MAX_VALUE));
        assertTrue(failure.getMessage().contains("part 2"));
        assertEquals(List.of("start", "part 1 " + PART, "part 2 " + PART, "abort"), store.calls);
        assertTrue(store.objects.isEmpty() && store.openUploads.isEmpty());
    }

    @Test
    void aFailedAbortDoesNotHideTheFailureThatCausedIt() {
        store.failOn("part 2").failOn("abort");
        IllegalStateException failure =
                assertThrows(IllegalStateException.class, () -> stage(bytes(4 * PART), Long.MAX_VALUE));
        assertTrue(failure.getMessage().contains("part 2"), failure.getMessage());
    }

    @Test
    void aClientThatDisconnectsMidStreamLeavesNoUploadBehind() {
        StreamingUpload upload =
                StreamingUpload.begin(breakingAfter(bytes(4 * PART), 2 * PART + 7), Long.MAX_VALUE, PART);
        assertThrows(UncheckedIOException.class, () -> upload.stage(store, INLINE, KEY, "x/y"));
        assertEquals(List.of("start", "part 1 " + PART, "part 2 " + PART, "abort"), store.calls);
    }

    @Test
    void aClientThatDisconnectsInTheFirstPartCausesNoStoreCall() {
        assertThrows(
                UncheckedIOException.class,
                () -> StreamingUpload.begin(breakingAfter(bytes(4 * PART), 5), Long.MAX_VALUE, PART));
        assertTrue(store.calls.isEmpty());
    }

    @Test
    void aStagedMultipartUploadThatIsNotPublishedIsAbortedNotCompleted() throws Exception {
        byte[] content = bytes(3 * PART + 1);
        try (StagedObject staged = stage(content, Long.MAX_VALUE)) {
            assertEquals(hex("SHA-256", content), staged.digest().sha256());
        }
        assertEquals(
                List.of("start", "part 1 " + PART, "part 2 " + PART, "part 3 " + PART, "part 4 1", "abort"),
                store.calls);
        assertTrue(store.objects.isEmpty() && store.openUploads.isEmpty());
    }

    @Test
    void aStagedSmallUploadThatIsNotPublishedNeverReachesTheStore() {
        try (StagedObject staged = stage(bytes(PART), Long.MAX_VALUE)) {
            assertEquals(PART, staged.digest().size());
        }
        assertTrue(store.calls.isEmpty(), store.calls.toString());
    }

    @Test
    void aFailedCompletionIsAborted() {
        store.failOn("complete");
        assertThrows(IllegalStateException.class, () -> publish(bytes(2 * PART + 1)));
        assertEquals(
                List.of("start", "part 1 " + PART, "part 2 " + PART, "part 3 1", "complete 3", "abort"), store.calls);
        assertTrue(store.objects.isEmpty());
    }

    @Test
    void aFailureToStartLeavesNothingToAbort() {
        store.failOn("start");
        assertThrows(IllegalStateException.class, () -> stage(bytes(2 * PART), Long.MAX_VALUE));
        assertEquals(List.of("start"), store.calls);
    }

    @Test
    void aPublishedObjectIsNotDiscardedOnClose() {
        publish(bytes(2 * PART + 1));
        assertEquals("complete 3", store.calls.get(store.calls.size() - 1));
    }

    @Test
    void aPartIsSentWhileTheNextIsRead() {
        // The store holds part 1 until all of part 2 has been read: a reader that waited for part 1 would never get
        // there.
        CountDownLatch partTwoRead = new CountDownLatch(1);
        boolean[] releasedByTheReader = {false};
        store.beforePart = number -> {
            if (number == 1) {
                try {
                    releasedByTheReader[0] = partTwoRead.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        byte[] content = bytes(3 * PART + 5);
        InputStream watched = new FilterInputStream(new ByteArrayInputStream(content)) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read += Math.max(n, 0);
                if (read >= 2 * PART + 1) {
                    partTwoRead.countDown(); // part 2 and the byte that tells it is not the last
                }
                return n;
            }
        };
        try (StagedObject staged =
                StreamingUpload.begin(watched, Long.MAX_VALUE, PART).stage(store, background, KEY, "x/y")) {
            staged.publish();
        }
        assertTrue(releasedByTheReader[0], "part 2 was read while the store was still storing part 1");
        assertEquals(List.of(PART, PART, PART, 5), store.partSizes());
        assertArrayEquals(content, store.objects.get(KEY));
    }

    @Test
    void partsAreStoredInOrderAndCompletedWithTheirETagsAndChecksumsInOrder() throws Exception {
        Random delays = new Random(3);
        store.beforePart = number -> pause(delays.nextInt(4)); // parts that take their time, on any of three threads
        byte[] content = bytes(7 * PART + 3);
        try (StagedObject staged =
                StreamingUpload.begin(trickling(content), Long.MAX_VALUE, PART).stage(store, background, KEY, "x/y")) {
            assertEquals(hex("SHA-256", content), staged.digest().sha256());
            staged.publish();
        }
        assertEquals(List.of(PART, PART, PART, PART, PART, PART, PART, 3), store.partSizes());
        assertEquals(
                IntStream.rangeClosed(1, 8)
                        .mapToObj(n -> new UploadTarget.StoredPart(n, "etag-" + n, "crc-" + n))
                        .toList(),
                store.completions.get(0));
        assertEquals("complete 8", store.calls().get(store.calls().size() - 1));
        assertArrayEquals(content, store.objects.get(KEY));
    }

    @Test
    void aBackgroundPartThatFailsAbortsTheUploadIsThrownAndTheQueuedPartsAreDropped() {
        store.failOn("part 2");
        int[] read = {0};
        StreamingUpload upload = StreamingUpload.begin(counting(bytes(10 * PART), read), Long.MAX_VALUE, PART);
        IllegalStateException failure =
                assertThrows(IllegalStateException.class, () -> upload.stage(store, background, KEY, "x/y"));
        assertTrue(failure.getMessage().contains("part 2"), failure.getMessage());
        assertEquals(List.of("start", "part 1 " + PART, "part 2 " + PART, "abort"), store.calls());
        assertTrue(store.objects.isEmpty() && store.openUploads.isEmpty());
        // Part 3 may have been read (into the buffer part 1 had) before part 2 failed; its buffer is not refilled.
        assertTrue(read[0] <= 3 * PART + 1, "stopped reading within a part of the failure, read " + read[0]);
    }

    @Test
    void aStoreOutageOnABackgroundPartIsTheProblemTheStoreRaised() {
        Failure.Unavailable outage =
                new Failure.Unavailable("File storage is unavailable", java.time.Duration.ofSeconds(10));
        store.beforePart = number -> {
            if (number == 3) {
                throw outage;
            }
        };
        assertSame(
                outage,
                assertThrows(
                        Failure.Unavailable.class,
                        () -> StreamingUpload.begin(new ByteArrayInputStream(bytes(6 * PART)), Long.MAX_VALUE, PART)
                                .stage(store, background, KEY, "x/y")));
        List<String> calls = store.calls();
        assertEquals("abort", calls.get(calls.size() - 1));
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("part 4") || c.startsWith("complete")), calls.toString());
    }

    @Test
    void aClientThatGoesWhileAPartIsInFlightIsAbortedOnlyOnceThatPartIsDone() {
        store.beforePart = number -> {
            pause(200);
            store.calls.add("part " + number + " stored");
        };
        StreamingUpload upload = StreamingUpload.begin(breakingAfter(bytes(4 * PART), PART + 7), Long.MAX_VALUE, PART);
        assertThrows(UncheckedIOException.class, () -> upload.stage(store, background, KEY, "x/y"));
        assertEquals(List.of("start", "part 1 " + PART, "part 1 stored", "abort"), store.calls());
        assertTrue(store.openUploads.isEmpty());
    }

    @Test
    void passingTheLimitWhileAPartIsInFlightAbortsOnceItIsDone() {
        store.beforePart = number -> {
            pause(100);
            store.calls.add("part " + number + " stored");
        };
        StreamingUpload upload =
                StreamingUpload.begin(new ByteArrayInputStream(bytes(4 * PART)), PART + PART / 2, PART);
        assertThrows(Failure.PayloadTooLarge.class, () -> upload.stage(store, background, KEY, "x/y"));
        assertEquals(List.of("start", "part 1 " + PART, "part 1 stored", "abort"), store.calls());
    }

    @Test
    void aContentThatFitsInOnePartSaysSoAndALargerOneDoesNot() {
        assertTrue(StreamingUpload.begin(new ByteArrayInputStream(bytes(PART)), Long.MAX_VALUE, PART)
                .fitsInOnePart());
        assertFalse(StreamingUpload.begin(new ByteArrayInputStream(bytes(PART + 1)), Long.MAX_VALUE, PART)
                .fitsInOnePart());
    }
}
