package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procura.platform.storage.ContentDigest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoredFileTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID FILE = UUID.fromString("00000000-0000-0000-0000-00000000000f");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-01T09:00:00Z, 2026/03",
        "2026-12-31T23:59:59Z, 2026/12",
        "2027-01-01T00:00:00Z, 2027/01",
        "0999-07-15T12:00:00Z, 0999/07"
    })
    void theKeyIsDatedByTheUtcMonthOfCreation(Instant createdAt, String yearAndMonth) {
        assertEquals(
                "tenants/" + TENANT + "/files/" + yearAndMonth + "/" + FILE,
                StoredFile.objectKeyOf(TENANT, FILE, createdAt));
    }

    @Test
    void aNewFileCarriesItsDigestAndTheKeyItWasStoredUnder() {
        Instant created = Instant.parse("2026-03-01T09:00:00Z");

        StoredFile file = new StoredFile(TENANT, FILE, created, new ContentDigest("ab12", "cd34", 1024), "text/plain");

        assertEquals(FILE, file.id());
        assertEquals("ab12", file.sha256());
        assertEquals("cd34", file.md5());
        assertEquals(1024, file.sizeBytes());
        assertEquals("text/plain", file.detectedType());
        assertEquals(created, file.createdAt());
        assertEquals(StoredFile.objectKeyOf(TENANT, FILE, created), file.objectKey());
        assertNull(file.extractedText());
        assertNull(file.metadata());
    }

    @Test
    void extractionKeepsTheTextAndMetadata() {
        StoredFile file = new StoredFile(
                TENANT, FILE, Instant.parse("2026-03-01T09:00:00Z"), new ContentDigest("a", "b", 1), "application/pdf");

        file.extracted("hello", "{\"pages\":1}", null, Instant.parse("2026-03-01T09:00:02Z"));

        assertEquals("hello", file.extractedText());
        assertEquals("{\"pages\":1}", file.metadata());
        assertEquals(Instant.parse("2026-03-01T09:00:02Z"), file.extractedAt());
        assertNull(file.extractionError());
    }

    @Test
    void anUnreadableFileKeepsWhyCutTo1000Characters() {
        StoredFile file = new StoredFile(
                TENANT, FILE, Instant.parse("2026-03-01T09:00:00Z"), new ContentDigest("a", "b", 1), "application/pdf");

        file.extracted("", "{}", "x".repeat(1200), Instant.parse("2026-03-01T09:00:01Z"));

        assertEquals(1000, file.extractionError().length());
        assertEquals("", file.extractedText());
    }
}
