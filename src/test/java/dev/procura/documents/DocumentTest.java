package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID FILE = UUID.randomUUID();
    private static final UUID UPLOADER = UUID.randomUUID();

    @Test
    void aNewDocumentIsDescribedWhenCreated() {
        Document document =
                new Document(FILE, "quote.pdf", "application/pdf", List.of("acme", "2026"), UPLOADER, CREATED);

        assertEquals(FILE, document.fileId());
        assertEquals("quote.pdf", document.filename());
        assertEquals("application/pdf", document.mimeType());
        assertEquals(List.of("acme", "2026"), document.tags());
        assertEquals(UPLOADER, document.uploadedBy());
        assertEquals(CREATED, document.createdAt());
        assertEquals(CREATED, document.updatedAt());
    }

    @Test
    void describeReplacesNameTypeAndTagsButNotTheFile() {
        Document document = new Document(FILE, "quote.pdf", "application/pdf", List.of("acme"), UPLOADER, CREATED);

        document.describe("invoice.pdf", "application/x-pdf", List.of(), LATER);

        assertEquals("invoice.pdf", document.filename());
        assertEquals("application/x-pdf", document.mimeType());
        assertEquals(List.of(), document.tags());
        assertEquals(FILE, document.fileId());
        assertEquals(LATER, document.updatedAt());
        assertEquals(CREATED, document.createdAt());
    }

    @Test
    void onlyTheUploaderIsTheUploader() {
        Document document = new Document(FILE, "a.txt", "text/plain", List.of(), UPLOADER, CREATED);

        assertTrue(document.isUploadedBy(UPLOADER));
        assertFalse(document.isUploadedBy(UUID.randomUUID()));
    }
}
