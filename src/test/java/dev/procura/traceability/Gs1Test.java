package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Gs1Test {

    @Test
    void characterSet82HoldsDigitsLettersAndItsTwentyPunctuationMarks() {
        assertTrue(Gs1.inCharacterSet82("AZaz09!\"%&'()*+,-./:;<=>?_"));
        assertEquals(20, "!\"%&'()*+,-./:;<=>?_".length());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "#", "$", "@", "[", "\\", "]", "^", "`", "{", "|", "}", "~", "é"})
    void charactersOutsideSet82AreRefused(String c) {
        assertFalse(Gs1.inCharacterSet82("L" + c + "1"));
        assertNotNull(Gs1.problemWith("L" + c + "1"));
    }

    @Test
    void aLotNumberIsOneToTwentyCharacters() {
        assertNull(Gs1.problemWith("A"));
        assertNull(Gs1.problemWith("ABCDEFGHIJ0123456789"));
        assertNotNull(Gs1.problemWith("ABCDEFGHIJ01234567890"));
        assertNotNull(Gs1.problemWith(""));
    }
}
