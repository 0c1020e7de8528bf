package dev.procura.platform.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The multipart calls of BlobStore against a real S3 server: what S3 keeps after each way an upload ends. */
class StreamingUploadToS3ProxyTest {

    private static final String BUCKET = "procura-unit";
    private static final int MIB = 1024 * 1024;

    @RegisterExtension
    static final LocalS3Proxy S3 = new LocalS3Proxy();

    private final BlobStore blobs = new BlobStore();
    /** Sends the parts in the background, as the server's managed executor does. */
    private final ExecutorService sender = Executors.newFixedThreadPool(2);

    private final String prefix = "tenants/" + UUID.randomUUID() + "/files/";

    @BeforeEach
    void connect() {
        blobs.endpoint = Optional.of(S3.endpoint());
        blobs.region = "us-east-1";
        blobs.bucket = BUCKET;
        blobs.accessKey = Optional.of(LocalS3Proxy.ACCESS_KEY);
        blobs.secretKey = Optional.of(LocalS3Proxy.SECRET_KEY);
        blobs.presignTtl = Duration.ofMinutes(1);
        blobs.connect();
    }

    @AfterEach
    void close() {
        sender.shutdownNow();
        blobs.close();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private int objects() {
        return S3.client().listObjectsV2(b -> b.bucket(BUCKET).prefix(prefix)).keyCount();
    }

    private int unfinishedUploads() {
        return S3.client()
                .listMultipartUploads(b -> b.bucket(BUCKET).prefix(prefix))
                .uploads()
                .size();
    }

    @Test
    void twentyMebibytesGoUpInPartsInvisibleUntilPublishedAndComeBackByteIdentical() throws Exception {
        byte[] content = random(20 * MIB);
        String key = prefix + "2026/01/" + UUID.randomUUID();
        try (StagedObject staged = StreamingUpload.begin(new ByteArrayInputStream(content), 100 * MIB)
                .stage(blobs, sender, key, "application/pdf")) {
            assertEquals(1, unfinishedUploads());
            assertFalse(blobs.exists(key), "no object before it is published");
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    staged.digest().sha256());
            staged.publish();
        }
        try (InputStream stored = blobs.open(key)) {
            assertArrayEquals(content, stored.readAllBytes());
        }
        assertEquals(
                "application/pdf",
                S3.client().headObject(b -> b.bucket(BUCKET).key(key)).contentType());
        assertEquals(0, unfinishedUploads());
    }

    @Test
    void anUploadCutOffMidStreamLeavesNoObjectAndNoParts() {
        int[] seenUnfinished = {-1};
        InputStream dropped = new FilterInputStream(new ByteArrayInputStream(random(20 * MIB))) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= 12 * MIB) {
                    seenUnfinished[0] = unfinishedUploads();
                    throw new IOException("connection reset by the client");
                }
                int n = super.read(b, off, Math.min(len, 12 * MIB - read));
                read += Math.max(n, 0);
                return n;
            }
        };
        StreamingUpload upload = StreamingUpload.begin(dropped, 100 * MIB);
        assertThrows(
                UncheckedIOException.class,
                () -> upload.stage(blobs, sender, prefix + "2026/01/" + UUID.randomUUID(), "x/y"));
        assertEquals(1, seenUnfinished[0], "the upload was under way when the client went");
        assertEquals(0, objects());
        assertEquals(0, unfinishedUploads());
    }

    @Test
    void aDuplicateThatIsDiscardedInsteadOfPublishedLeavesNothing() {
        try (StagedObject staged = StreamingUpload.begin(new ByteArrayInputStream(random(9 * MIB)), 100 * MIB)
                .stage(blobs, sender, prefix + "2026/01/" + UUID.randomUUID(), "x/y")) {
            assertEquals(9 * MIB, staged.digest().size());
        }
        assertEquals(0, objects());
        assertEquals(0, unfinishedUploads());
    }

    @Test
    void aSmallUploadIsOnePutOfTheBytesWithItsType() throws Exception {
        byte[] content = "item,quantity\nbolt,12\n".getBytes(UTF_8);
        String key = prefix + "2026/01/" + UUID.randomUUID();
        try (StagedObject staged = StreamingUpload.begin(new ByteArrayInputStream(content), 100 * MIB)
                .stage(blobs, sender, key, "text/csv")) {
            assertEquals(0, objects());
            staged.publish();
        }
        try (InputStream stored = blobs.open(key)) {
            assertArrayEquals(content, stored.readAllBytes());
        }
        assertEquals(
                "text/csv",
                S3.client().headObject(b -> b.bucket(BUCKET).key(key)).contentType());
        assertTrue(blobs.list(prefix).containsKey(key));
    }
}
