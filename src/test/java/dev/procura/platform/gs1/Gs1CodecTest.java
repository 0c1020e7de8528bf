package dev.procura.platform.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check digits and examples from the GS1 General Specifications and the GS1 Digital Link standard. */
class Gs1CodecTest {

    private static final List<Gs1Element> LOT = List.of(
            new Gs1Element("01", "09506000134352"), new Gs1Element("10", "ABC123"), new Gs1Element("17", "271231"));

    @Test
    void checkDigitsOfPublishedExamples() {
        assertEquals(2, Gs1.checkDigit("0950600013435"));
        assertEquals(9, Gs1.checkDigit("37610425002123456"));
        assertEquals(1, Gs1.checkDigit("400638133393"));
    }

    @Test
    void ssccPadsTheSerialReferenceAfterTheCompanyPrefixAndAddsTheCheckDigit() {
        assertEquals("376104250021234569", Gs1.sscc(3, "7610425", 2123456L));
        assertEquals("106141411234567897", Gs1.sscc(1, "0614141", 123456789L));
        assertEquals("00123456700000001" + Gs1.checkDigit("00123456700000001"), Gs1.sscc(0, "01234567", 1L));
    }

    @Test
    void ssccRefusesAReferenceThatDoesNotFitOrABadPrefix() {
        assertThrows(Gs1Exception.class, () -> Gs1.sscc(0, "0614141", 1_000_000_000L));
        assertThrows(Gs1Exception.class, () -> Gs1.sscc(0, "123", 1L));
        assertThrows(Gs1Exception.class, () -> Gs1.sscc(10, "0614141", 1L));
    }

    @Test
    void gtinsArePaddedToFourteenDigitsAndTheirCheckDigitVerified() {
        assertEquals("04006381333931", Gs1.gtin14("4006381333931"));
        assertEquals("09506000134352", Gs1.gtin14("09506000134352"));
        Gs1Exception wrong = assertThrows(Gs1Exception.class, () -> Gs1.gtin14("4006381333932"));
        assertEquals("AI 01: check digit 2 should be 1", wrong.getMessage());
        assertThrows(Gs1Exception.class, () -> Gs1.gtin14("12345"));
    }

    @Test
    void barcodeDataSeparatesOnlyVariableLengthElementsThatAreNotLast() {
        assertEquals("0109506000134352" + "10ABC123" + Gs1.GS + "17271231", Gs1.barcodeData(LOT));
        assertEquals(
                "0109506000134352" + "17271231" + "10ABC123",
                Gs1.barcodeData(List.of(LOT.get(0), LOT.get(2), LOT.get(1))));
        assertEquals("(01)09506000134352(10)ABC123(17)271231", Gs1.humanReadable(LOT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(01)09506000134352(10)ABC123(17)271231",
                "0109506000134352" + "10ABC123\u001d17271231",
                "]C10109506000134352" + "10ABC123\u001d17271231",
                "]d2\u001d0109506000134352" + "10ABC123\u001d17271231",
                "]Q30109506000134352" + "10ABC123\u001d17271231"
            })
    void parseReadsBracketedAndRawDataWithOrWithoutASymbologyIdentifier(String scanned) {
        assertEquals(LOT, Gs1.parse(scanned));
    }

    @Test
    void parseReadsThreeDigitIdentifiersAndTheSscc() {
        assertEquals(
                List.of(new Gs1Element("00", "376104250021234569"), new Gs1Element("400", "PO-1")),
                Gs1.parse("00376104250021234569400PO-1"));
    }

    @Test
    void parseSaysWhatIsWrong() {
        assertEquals("AI 01: check digit 3 should be 2", message("0109506000134353"));
        assertEquals("unknown application identifier at position 17", message("0109506000134352" + "99X"));
        assertEquals("AI 17: 271332 is not a date (YYMMDD)", message("(17)271332"));
        assertEquals("AI 01: value must be 14 characters, not 5", message("0109506"));
        assertEquals("AI 10: value must be at most 20 characters, not 21", message("10" + "A".repeat(21)));
        assertEquals("AI 10: character '#' is not in GS1 character set 82", message("(10)A#1"));
        assertThrows(Gs1Exception.class, () -> Gs1.parse("   "));
        assertThrows(Gs1Exception.class, () -> Gs1.parse("(99)12"));
    }

    @Test
    void dayZeroOfADateMeansTheMonthsLastDay() {
        assertEquals(List.of(new Gs1Element("17", "270200")), Gs1.parse("17270200"));
    }

    @Test
    void digitalLinkPutsKeyAndQualifiersInThePathAndTheRestInTheQuery() {
        List<Gs1Element> serial = List.of(
                new Gs1Element("01", "09506000134352"),
                new Gs1Element("21", "S/1-2"),
                new Gs1Element("10", "ABC123"),
                new Gs1Element("17", "271231"));
        String uri = Gs1.digitalLink("https://id.procura.dev/", serial);
        assertEquals("https://id.procura.dev/01/09506000134352/10/ABC123/21/S%2F1-2?17=271231", uri);
        assertEquals(List.of(serial.get(0), serial.get(2), serial.get(1), serial.get(3)), Gs1.parseDigitalLink(uri));
    }

    @Test
    void digitalLinkOfAnSsccAndUnderABasePath() {
        List<Gs1Element> sscc = List.of(new Gs1Element("00", "376104250021234569"));
        String uri = Gs1.digitalLink("https://example.com/gs1", sscc);
        assertEquals("https://example.com/gs1/00/376104250021234569", uri);
        assertEquals(sscc, Gs1.parseDigitalLink(uri));
    }

    @Test
    void digitalLinkTakesShortGtinsAndIgnoresNonGs1QueryParameters() {
        assertEquals(
                List.of(new Gs1Element("01", "04006381333931"), new Gs1Element("17", "280101")),
                Gs1.parseDigitalLink("https://id.example.com/01/4006381333931?17=280101&linkType=gs1:pip"));
    }

    @Test
    void onlyHttpUrisWithAPrimaryKeyAreDigitalLinks() {
        assertTrue(Gs1.isDigitalLink("https://id.procura.dev/01/09506000134352"));
        assertFalse(Gs1.isDigitalLink("ftp://id.procura.dev/01/09506000134352"));
        assertFalse(Gs1.isDigitalLink("https://id.procura.dev/products/42"));
        assertFalse(Gs1.isDigitalLink("LOT-42"));
        assertFalse(Gs1.isDigitalLink("https://id.procura.dev/00/376104250021234569/10/A"));
        assertThrows(Gs1Exception.class, () -> Gs1.digitalLink("https://x", List.of(new Gs1Element("10", "A"))));
    }

    private static String message(String scanned) {
        return assertThrows(Gs1Exception.class, () -> Gs1.parse(scanned)).getMessage();
    }
}
