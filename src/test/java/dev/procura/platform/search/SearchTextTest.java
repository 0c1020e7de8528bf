package dev.procura.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    private static SearchEntry.Builder order() {
        return SearchEntry.of("purchase_order", UUID.randomUUID(), "PO-000042", null, Instant.EPOCH);
    }

    @Test
    void eachWeightKeepsItsOwnTextsOnceWithoutBlanks() {
        SearchEntry entry = order().names("PO-000042", null)
                .parties(List.of("Acme Supplies Ltd", "ACME", "Acme Supplies Ltd"))
                .parties("INV-7")
                .details(Arrays.asList("Deliver to gate 3", " ", null, "LAP-14 laptop", "LAP-14"))
                .content((String) null)
                .build();
        assertEquals("PO-000042", entry.names());
        assertEquals("Acme Supplies Ltd\nACME\nINV-7", entry.parties());
        assertEquals("Deliver to gate 3\nLAP-14 laptop\nLAP-14", entry.details());
        assertEquals("", entry.content());
    }

    @Test
    void theBodyHoldsEveryWeightInOrder() {
        SearchText text = SearchText.of(order().names("PO-000042")
                .parties("Acme")
                .details("rush")
                .content("file text")
                .build());
        assertEquals("PO-000042\nAcme\nrush\nfile text", text.body());
    }

    @Test
    void aLongTextGivesWayAndNumbersNamesAndNotesStay() {
        String longText = "word ".repeat(50_000);
        SearchText text = SearchText.of(order().names("PO-000042")
                .parties("Acme")
                .details("rush")
                .content(longText)
                .build());
        assertEquals("PO-000042", text.names());
        assertEquals("Acme", text.parties());
        assertEquals("rush", text.details());
        assertEquals(
                SearchText.MAX_CHARS - "PO-000042Acmerush".length(),
                text.content().length());
        assertTrue(text.body().length() <= SearchText.MAX_CHARS + 3);
    }

    @Test
    void textsBeyondTheLimitAreDropped() {
        SearchText text = SearchText.of(order().names("x".repeat(SearchText.MAX_CHARS + 10))
                .details("notes")
                .build());
        assertEquals(SearchText.MAX_CHARS, text.names().length());
        assertEquals("", text.details());
    }

    @Test
    void cutsNeverSplitACharacter() {
        assertEquals("ab", SearchText.cut("ab😀", 3));
        assertEquals("ab😀", SearchText.cut("ab😀", 4));
        assertEquals("", SearchText.cut(null, 10));
        assertEquals("", SearchText.cut("abc", 0));
    }

    @Test
    void nulCharactersBecomeSpaces() {
        assertEquals("a b", SearchText.join(List.of("a\u0000b")));
    }
}
