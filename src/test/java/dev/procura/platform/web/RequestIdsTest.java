package dev.procura.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private static void assertUuid(String value) {
        assertEquals(value, assertDoesNotThrow(() -> UUID.fromString(value)).toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missingIdIsReplacedByFreshUuid(String offered) {
        assertUuid(RequestIds.accept(offered));
    }

    @Test
    void safeIdIsKept() {
        assertEquals("client-42_a.b:c", RequestIds.accept("client-42_a.b:c"));
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertEquals("abc-123", RequestIds.accept("  abc-123 "));
    }

    @Test
    void longIdIsTruncatedTo64Characters() {
        String offered = "a".repeat(100);

        assertEquals("a".repeat(64), RequestIds.accept(offered));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "quote\"d", "line\nbreak", "<script>"})
    void unsafeIdIsReplacedByFreshUuidNotEchoed(String offered) {
        String accepted = RequestIds.accept(offered);

        assertNotEquals(offered, accepted);
        assertFalse(accepted.contains(offered.substring(0, 3)));
        assertUuid(accepted);
    }
}
