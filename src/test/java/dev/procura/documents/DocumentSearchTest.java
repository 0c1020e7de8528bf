package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DocumentSearchTest {

    @Test
    void aFileNameIsAlsoSearchedAsWords() {
        assertEquals("2026 supplier invoice v2 pdf", DocumentSearch.words("2026_supplier-invoice.v2.pdf"));
        assertEquals("Überweisung März pdf", DocumentSearch.words("Überweisung (März).pdf"));
        assertEquals("", DocumentSearch.words("..."));
        assertNull(DocumentSearch.words(null));
    }
}
