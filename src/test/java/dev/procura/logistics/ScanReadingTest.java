package dev.procura.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.gs1.Gs1Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanReadingTest {

    private static final String SSCC = sscc();

    private static String sscc() {
        String digits = "09506000000000001";
        return digits + Gs1.checkDigit(digits);
    }

    @Test
    void anElementStringWithASymbologyIdentifierIsGs1() {
        ScanReading reading = ScanReading.of("]C100" + SSCC);
        assertEquals(ScanReading.GS1, reading.symbology());
        assertEquals(List.of(new Gs1Element("00", SSCC)), reading.elements());
    }

    @Test
    void bracketsAndRawDigitsThatStartLikeAnSsccAreGs1() {
        assertEquals(SSCC, ScanReading.of("(00)" + SSCC).value("00").orElseThrow());
        assertEquals(SSCC, ScanReading.of("00" + SSCC).value("00").orElseThrow());
    }

    @Test
    void aDigitalLinkIsReadAsOne() {
        ScanReading reading = ScanReading.of("https://id.example.com/00/" + SSCC);
        assertEquals(ScanReading.DIGITAL_LINK, reading.symbology());
        assertEquals(SSCC, reading.value("00").orElseThrow());
    }

    @Test
    void anythingElseIsPlain() {
        for (String code : List.of("SHP-000001", SSCC, "LOT-7", "0012")) {
            ScanReading reading = ScanReading.of(code);
            assertEquals(ScanReading.PLAIN, reading.symbology(), code);
            assertTrue(reading.isPlain());
        }
    }

    @Test
    void aCodeThatSaysItIsGs1AndIsNotIsUnreadable() {
        String wrong = SSCC.substring(0, 17) + ((SSCC.charAt(17) - '0' + 1) % 10);
        assertThrows(ScanReading.Unreadable.class, () -> ScanReading.of("(00)" + wrong));
        assertThrows(ScanReading.Unreadable.class, () -> ScanReading.of("https://id.example.com/00/" + wrong));
        assertEquals(ScanReading.PLAIN, ScanReading.of("00" + wrong).symbology());
    }

    @Test
    void whatWasReadNamesTheElements() {
        assertEquals(
                SSCC,
                ((java.util.Map<?, ?>) ScanReading.of("(00)" + SSCC).asRead().get("elements")).get("00"));
    }
}
