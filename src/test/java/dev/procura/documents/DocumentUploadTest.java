package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.Caller;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.storage.ChunkedBytes;
import dev.procura.platform.storage.ContentDigest;
import dev.procura.platform.storage.StreamingUpload;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendar;
import dev.procura.platform.web.FailureMapper;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DocumentService.upload with the tenant database, outbox and S3 replaced by recording fakes. */
class DocumentUploadTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final Caller CALLER =
            new Caller(UUID.randomUUID(), "buyer@example.com", Set.of(), UUID.randomUUID());
    private static final int LARGE = StreamingUpload.PART_SIZE + 1024 * 1024;

    private final List<String> storeCalls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, byte[]> parts = new ConcurrentHashMap<>();
    /** Sends the parts in the background, as the server's managed executor does. */
    private final ExecutorService partThreads = Executors.newFixedThreadPool(2);

    private final List<Object> persisted = new ArrayList<>();
    private final Map<String, Map<?, ?>> events = new HashMap<>();
    private final Map<String, StoredFile> filesBySha = new HashMap<>();
    private final List<Supplier<RuntimeException>> flushFailures = new ArrayList<>();
    private final DocumentService service = new DocumentService();

    @BeforeEach
    void wire() {
        EntityManager em = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "persist" -> persisted.add(args[0]);
                    case "flush" -> {
                        if (!flushFailures.isEmpty()) {
                            throw flushFailures.remove(0).get();
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        service.clock = Clock.systemUTC();
        service.tenantData = new TenantTransactions() {
            @Override
            public <T> T call(Function<TenantTx, T> work) {
                return call(TENANT, null, work);
            }

            @Override
            public <T> T call(UUID tenantId, UUID actor, Function<TenantTx, T> work) {
                int rowsBefore = persisted.size();
                try {
                    return work.apply(new TenantTx(
                            em, TENANT, null, new TenantCalendar(Clock.systemUTC(), java.time.ZoneOffset.UTC)));
                } catch (RuntimeException rolledBack) {
                    persisted.subList(rowsBefore, persisted.size()).clear();
                    throw rolledBack;
                }
            }
        };
        service.tenant = new TenantContext() {
            @Override
            public UUID tenantId() {
                return TENANT;
            }
        };
        service.outbox = new TenantOutbox() {
            @Override
            public UUID publish(
                    EntityManager em, UUID tenantId, String eventType, String key, UUID userId, Object data) {
                events.put(eventType, (Map<?, ?>) data);
                return UUID.randomUUID();
            }
        };
        service.documents = new DocumentRepository() {
            @Override
            public Optional<StoredFile> fileBySha256(EntityManager em, String sha256) {
                return Optional.ofNullable(filesBySha.get(sha256));
            }
        };
        service.blobs = new RecordingStore();
        service.maxBytes = 100L * 1024 * 1024;
        service.partUploads = managed(partThreads);
        service.quotas = (tenantId, meter, adding) -> {};
        service.customFields = new dev.procura.platform.customfields.CustomFields() {
            @Override
            public java.util.Set<String> keys(dev.procura.platform.tenancy.TenantTx tx, String entityType) {
                return java.util.Set.of();
            }

            @Override
            public List<dev.procura.platform.exports.ExportField> exportFields(
                    dev.procura.platform.tenancy.TenantTx tx, String entityType) {
                return List.of();
            }

            @Override
            public String accept(
                    dev.procura.platform.tenancy.TenantTx tx,
                    String entityType,
                    java.util.Map<String, Object> submitted,
                    String stored) {
                return stored == null ? "{}" : stored;
            }

            @Override
            public java.util.function.Function<String, java.util.Map<String, Object>> viewer(
                    dev.procura.platform.tenancy.TenantTx tx, String entityType) {
                return json -> java.util.Map.of();
            }

            @Override
            public dev.procura.platform.customfields.CustomFieldCriteria criteria(
                    dev.procura.platform.tenancy.TenantTx tx,
                    String entityType,
                    dev.procura.platform.customfields.CustomFieldFilter filter,
                    String column) {
                return dev.procura.platform.customfields.CustomFieldCriteria.NONE;
            }
        };
    }

    @AfterEach
    void stopPartThreads() {
        partThreads.shutdownNow();
    }

    /** The container's ManagedExecutorService as the service uses it: tasks handed to a plain executor. */
    private static ManagedExecutorService managed(Executor executor) {
        return (ManagedExecutorService) Proxy.newProxyInstance(
                DocumentUploadTest.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    executor.execute((Runnable) args[0]);
                    return null;
                });
    }

    /** S3 as a list of calls; a key or call name put in {@code failing} makes that call fail as an outage does. */
    private final class RecordingStore extends BlobStore {
        final List<String> failing = new ArrayList<>();

        private void call(String call) {
            storeCalls.add(call);
            if (failing.removeIf(call::startsWith)) {
                throw new Failure.Unavailable("File storage is unavailable", Duration.ofSeconds(10));
            }
        }

        @Override
        public void put(String key, String contentType, ChunkedBytes bytes) {
            call("put " + key);
        }

        @Override
        public String startMultipart(String key, String contentType) {
            call("start " + key);
            return "upload-1";
        }

        @Override
        public StoredPart putPart(String key, String uploadId, int partNumber, ChunkedBytes bytes) {
            call("part " + partNumber);
            try (java.io.InputStream in = bytes.newStream()) {
                parts.put(key + "#" + partNumber, in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new StoredPart(partNumber, "etag", null);
        }

        @Override
        public void completeMultipart(String key, String uploadId, List<StoredPart> stored) {
            call("complete " + key);
        }

        @Override
        public void abortMultipart(String key, String uploadId) {
            call("abort " + key);
        }

        @Override
        public void delete(String key) {
            call("delete " + key);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private DocumentView upload(byte[] content, String filename, String declaredType) {
        return service.upload(
                CALLER,
                DocumentService.Upload.of(new ByteArrayInputStream(content), filename, declaredType, List.of("po")));
    }

    /**
     * An upload some of whose fields follow the bytes, as a multipart body may send them: {@code before}
     * until the bytes were read to their end, {@code after} then (asking for them sooner fails the test).
     */
    private DocumentView uploadWithFieldsAfter(
            byte[] content, DocumentService.Fields before, DocumentService.Fields after) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(content);
        return service.upload(CALLER, new DocumentService.Upload() {
            @Override
            public java.io.InputStream content() {
                return bytes;
            }

            @Override
            public DocumentService.Fields fieldsSoFar() {
                return before;
            }

            @Override
            public DocumentService.Fields fields() {
                assertEquals(0, bytes.available(), "the fields after the bytes are read only after all of them");
                if (after == null) {
                    throw new Failure.InvalidInput("filename", "is required when the file part has none");
                }
                return after;
            }
        });
    }

    private StoredFile existingFile(byte[] content) throws Exception {
        StoredFile file = new StoredFile(
                TENANT,
                UUID.randomUUID(),
                Instant.parse("2025-03-01T10:00:00Z"),
                new ContentDigest(sha256(content), "md5", content.length),
                "application/octet-stream");
        filesBySha.put(file.sha256(), file);
        return file;
    }

    private List<StoredFile> persistedFiles() {
        return persisted.stream()
                .filter(StoredFile.class::isInstance)
                .map(StoredFile.class::cast)
                .toList();
    }

    @Test
    void aNewLargeContentGoesUpInPartsAndIsCompletedUnderTheKeyItsRowRecords() throws Exception {
        byte[] content = random(LARGE);
        DocumentView view = upload(content, "scan.bin", null);

        StoredFile file = persistedFiles().get(0);
        assertEquals(
                List.of("start " + file.objectKey(), "part 1", "part 2", "complete " + file.objectKey()), storeCalls);
        assertTrue(
                file.objectKey().matches("tenants/" + TENANT + "/files/\\d{4}/\\d{2}/" + file.id()), file.objectKey());
        assertEquals(sha256(content), file.sha256());
        assertEquals(LARGE, file.sizeBytes());
        assertFalse(view.duplicate());
        assertEquals(
                Set.of("document_id", "file_id", "filename", "mime_type", "size_bytes", "duplicate"),
                events.get("document.uploaded").keySet());
        assertEquals(
                Map.of(
                        "file_id",
                        file.id(),
                        "object_key",
                        file.objectKey(),
                        "detected_type",
                        "application/octet-stream"),
                events.get("file.process"));
        assertArrayEquals(Arrays.copyOf(content, StreamingUpload.PART_SIZE), parts.get(file.objectKey() + "#1"));
    }

    @Test
    void aLargeContentTheTenantHasIsAbortedNotCompletedAndItsFileReused() throws Exception {
        byte[] content = random(LARGE);
        StoredFile existing = existingFile(content);
        DocumentView view = upload(content, "again.bin", null);

        assertTrue(view.duplicate());
        assertEquals(existing.id(), view.file().id());
        assertTrue(storeCalls.get(storeCalls.size() - 1).startsWith("abort "), storeCalls.toString());
        assertTrue(storeCalls.stream().noneMatch(c -> c.startsWith("complete")), storeCalls.toString());
        assertTrue(persistedFiles().isEmpty());
        assertEquals(true, events.get("document.uploaded").get("duplicate"));
        assertFalse(events.containsKey("file.process"));
    }

    @Test
    void aSmallContentTheTenantHasCausesNoStorageCallAtAll() throws Exception {
        byte[] csv = "item,quantity\nbolt,12\n".getBytes(StandardCharsets.UTF_8);
        StoredFile existing = existingFile(csv);
        assertEquals(existing.id(), upload(csv, "order.csv", null).file().id());
        assertTrue(storeCalls.isEmpty(), storeCalls.toString());
    }

    @Test
    void aSmallNewContentIsOnePutBeforeItsRows() {
        DocumentView view = upload("item,quantity\nnut,3\n".getBytes(StandardCharsets.UTF_8), "order.csv", null);
        assertEquals("text/csv", view.mimeType());
        assertEquals(List.of("put " + persistedFiles().get(0).objectKey()), storeCalls);
    }

    @Test
    void whenTheRowsCannotBeWrittenThePublishedObjectIsDeleted() {
        PersistenceException failure = new PersistenceException("database gone");
        flushFailures.add(() -> failure);
        assertSame(failure, assertThrows(PersistenceException.class, () -> upload(random(LARGE), "scan.bin", null)));
        String key = storeCalls.get(0).substring("start ".length());
        assertEquals(
                List.of("complete " + key, "delete " + key),
                storeCalls.subList(storeCalls.size() - 2, storeCalls.size()));
        assertTrue(persisted.isEmpty());
    }

    @Test
    void aConcurrentDuplicateDeletesTheRedundantObjectAndReusesTheWinner() throws Exception {
        byte[] content = random(LARGE);
        StoredFile[] winner = new StoredFile[1];
        flushFailures.add(() -> {
            try {
                winner[0] = existingFile(content); // the other upload committed first
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new PersistenceException(
                    new SQLException("duplicate key value violates unique constraint", "23505"));
        });
        DocumentView view = upload(content, "race.bin", null);

        assertTrue(view.duplicate());
        assertEquals(winner[0].id(), view.file().id());
        String key = storeCalls.get(0).substring("start ".length());
        assertEquals("delete " + key, storeCalls.get(storeCalls.size() - 1));
        assertTrue(persistedFiles().isEmpty());
    }

    @Test
    void aStorageOutageMidUploadAbortsAndWritesNoRows() {
        ((RecordingStore) service.blobs).failing.add("part 2");
        assertThrows(Failure.Unavailable.class, () -> upload(random(LARGE), "scan.bin", null));
        assertTrue(storeCalls.get(storeCalls.size() - 1).startsWith("abort "), storeCalls.toString());
        assertTrue(persisted.isEmpty());
    }

    @Test
    void aStorageOutageOnASmallUploadWritesNoRows() {
        ((RecordingStore) service.blobs).failing.add("put");
        assertThrows(
                Failure.Unavailable.class,
                () -> upload("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "lost.csv", null));
        assertTrue(persisted.isEmpty());
    }

    @Test
    void aDeclaredTypeThatDoesNotFitIsRefusedBeforeAnyStorageCall() {
        assertThrows(
                Failure.InvalidInput.class,
                () -> upload(
                        "item,quantity\nbolt,12\n".getBytes(StandardCharsets.UTF_8), "order.csv", "application/pdf"));
        assertTrue(storeCalls.isEmpty() && persisted.isEmpty());
    }

    @Test
    void oneByteOverTheLimitOfOnePartIsRefusedBeforeAnyStorageCall() {
        service.maxBytes = StreamingUpload.PART_SIZE;
        assertThrows(
                Failure.PayloadTooLarge.class, () -> upload(new byte[StreamingUpload.PART_SIZE + 1], "big.bin", null));
        assertTrue(storeCalls.isEmpty() && persisted.isEmpty());
    }

    @Test
    void passingTheLimitAfterTheFirstPartAbortsTheUpload() {
        service.maxBytes = LARGE - 1;
        assertThrows(Failure.PayloadTooLarge.class, () -> upload(random(LARGE), "big.bin", null));
        assertTrue(storeCalls.get(storeCalls.size() - 1).startsWith("abort "), storeCalls.toString());
        assertTrue(persisted.isEmpty());
    }

    @Test
    void aDeclaredTypeSentAfterALargeContentIsCheckedBeforePublishingAndTheUploadAborted() {
        byte[] csv = "item,quantity\nbolt,12\n".repeat(LARGE / 20).getBytes(StandardCharsets.UTF_8);
        Failure.InvalidInput refused = assertThrows(
                Failure.InvalidInput.class,
                () -> uploadWithFieldsAfter(
                        csv,
                        new DocumentService.Fields("lines.csv", null, List.of()),
                        new DocumentService.Fields("lines.csv", "application/pdf", List.of())));
        assertEquals(
                "mime_type", FailureMapper.problemOf(refused).errors().get(0).field());
        assertTrue(storeCalls.get(storeCalls.size() - 1).startsWith("abort "), storeCalls.toString());
        assertTrue(storeCalls.stream().noneMatch(c -> c.startsWith("complete")), storeCalls.toString());
        assertTrue(persisted.isEmpty() && events.isEmpty());
    }

    @Test
    void fieldsSentAfterALargeContentNameAndTagTheDocument() {
        DocumentView view = uploadWithFieldsAfter(
                random(LARGE),
                new DocumentService.Fields("upload.bin", null, List.of()),
                new DocumentService.Fields("scan.bin", "application/octet-stream", List.of("late")));
        assertEquals("scan.bin", view.filename());
        assertEquals(List.of("late"), view.tags());
        assertEquals("complete " + persistedFiles().get(0).objectKey(), storeCalls.get(storeCalls.size() - 1));
    }

    @Test
    void aMissingFilenameAfterALargeContentAbortsTheUploadAndWritesNoRows() {
        assertThrows(
                Failure.InvalidInput.class,
                () -> uploadWithFieldsAfter(random(LARGE), new DocumentService.Fields(null, null, List.of()), null));
        assertTrue(storeCalls.get(storeCalls.size() - 1).startsWith("abort "), storeCalls.toString());
        assertTrue(persisted.isEmpty());
    }

    @Test
    void aSmallContentIsTypedWithTheNameSentAfterItAndCheckedBeforeAnyStorageCall() {
        byte[] csv = "item,quantity\nbolt,12\n".getBytes(StandardCharsets.UTF_8);
        DocumentView view = uploadWithFieldsAfter(
                csv,
                new DocumentService.Fields(null, null, List.of()),
                new DocumentService.Fields("order.csv", null, List.of()));
        assertEquals("text/csv", view.mimeType());
        storeCalls.clear();
        assertThrows(
                Failure.InvalidInput.class,
                () -> uploadWithFieldsAfter(
                        "item,quantity\nnut,1\n".getBytes(StandardCharsets.UTF_8),
                        new DocumentService.Fields(null, null, List.of()),
                        new DocumentService.Fields("order.csv", "application/pdf", List.of())));
        assertTrue(storeCalls.isEmpty(), storeCalls.toString());
    }

    /** A multipart/form-data body with the fields after the file, as `curl -F file=@… -F tags=…` sends it. */
    private static byte[] multipart(String boundary, byte[] content, String tail) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.bin\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void aMultipartBodyIsReadOnceWithTheFileStreamedAndTheFieldsAfterIt() throws Exception {
        byte[] content = random(LARGE);
        byte[] body = multipart(
                "xyz",
                content,
                "\r\n--xyz\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nscan, 2026"
                        + "\r\n--xyz\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\nscan-01.bin\r\n--xyz--\r\n");
        DocumentView view;
        try (UploadForm form = UploadForm.open(
                new ByteArrayInputStream(body),
                "multipart/form-data; boundary=xyz",
                (long) body.length,
                service.maxBytes)) {
            view = service.upload(CALLER, form);
        }
        assertEquals("scan-01.bin", view.filename());
        assertEquals(List.of("scan", "2026"), view.tags());
        StoredFile file = persistedFiles().get(0);
        assertEquals(sha256(content), file.sha256());
        assertEquals(
                List.of("start " + file.objectKey(), "part 1", "part 2", "complete " + file.objectKey()), storeCalls);
    }

    @Test
    void aMultipartBodyCutOffInTheFileIsA400AndLeavesNothing() {
        byte[] body = multipart("xyz", random(LARGE), "");
        Failure refused = assertThrows(Failure.MalformedBody.class, () -> {
            try (UploadForm form = UploadForm.open(
                    new ByteArrayInputStream(body),
                    "multipart/form-data; boundary=xyz",
                    (long) body.length,
                    service.maxBytes)) {
                service.upload(CALLER, form);
            }
        });
        assertEquals(400, FailureMapper.problemOf(refused).status());
        assertTrue(storeCalls.get(storeCalls.size() - 1).startsWith("abort "), storeCalls.toString());
        assertTrue(persisted.isEmpty());
    }
}
