package dev.procura.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    private static final Set<String> TYPES = Set.of("document", "purchase_order", "supplier");

    private static SearchQuery query(String q) {
        return SearchQuery.of(q, null, null, null, TYPES);
    }

    private static List<String> faults(String q, String type, String from, String to) {
        Failure.InvalidInput refused =
                assertThrows(Failure.InvalidInput.class, () -> SearchQuery.of(q, type, from, to, TYPES));
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterMatchThemselves() {
        assertEquals("50\\%\\_off\\\\", SearchQuery.escapeLike("50%_off\\"));
        assertEquals("%po\\_000042%", query("po_000042").codePattern());
        assertEquals("%PO-000042%", query("PO-000042").codePattern());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "a & | !", "-", "'", "\\", "%_", "(((", "foo:*", "<mark>"})
    void anyTextIsAQuery(String q) {
        assertEquals(q.strip(), query(q).text());
    }

    @Test
    void controlCharactersReadAsSpacesAndTheTextIsStripped() {
        assertEquals("po -1", query("  po\u0000-1\t\n").text());
    }

    @Test
    void theTextIsRequiredAndHoldsAtMost200Characters() {
        assertEquals(List.of("q"), faults(null, null, null, null));
        assertEquals(List.of("q"), faults("", null, null, null));
        assertEquals(List.of("q"), faults(" \t ", null, null, null));
        assertEquals(List.of("q"), faults("x".repeat(201), null, null, null));
        assertEquals(200, query("x".repeat(200)).text().length());
        // characters, not UTF-16 units: 200 emoji are 400 chars
        assertEquals(400, query("😀".repeat(200)).text().length());
    }

    @Test
    void everyParameterAtFaultIsListedInOneProblem() {
        assertEquals(List.of("q", "type", "from"), faults(null, "widget", "yesterday", null));
        assertEquals(List.of("to"), faults("acme", "supplier", null, "2026-02-30"));
        assertEquals(List.of("to"), faults("acme", null, "2026-03-02", "2026-03-01"));
    }

    @Test
    void theTypeIsOptionalAndOneOfTheSources() {
        assertNull(query("acme").type());
        assertNull(SearchQuery.of("acme", " ", null, null, TYPES).type());
        assertEquals(
                "purchase_order",
                SearchQuery.of("acme", "purchase_order", null, null, TYPES).type());
    }

    @Test
    void daysAreWholeDaysInTheTenantsZone() {
        ZoneId lisbon = ZoneId.of("Europe/Lisbon");
        SearchQuery query = SearchQuery.of("acme", null, "2026-07-01", "2026-07-01", TYPES);
        assertEquals(LocalDate.of(2026, 7, 1), query.from());
        assertEquals(Instant.parse("2026-06-30T23:00:00Z"), query.start(lisbon));
        assertEquals(Instant.parse("2026-07-01T23:00:00Z"), query.end(lisbon));
        assertNull(query("acme").start(lisbon));
        assertNull(query("acme").end(lisbon));
    }

    @Test
    void onlyTextsOfThreeCharactersOrMoreMatchPartsOfCodes() {
        assertFalse(query("PO").matchesPartsOfCodes());
        assertTrue(query("PO-").matchesPartsOfCodes());
        assertTrue(query("000042").matchesPartsOfCodes());
    }
}
