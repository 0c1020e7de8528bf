package dev.procura.logistics;

import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.gs1.Gs1Element;
import dev.procura.platform.gs1.Gs1Exception;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a scanner read, parsed: a GS1 Digital Link URI, a GS1 element string (bracketed, or raw with
 * a symbology identifier or GS separators, or digits that start as an SSCC or GTIN element), or else
 * a plain code. A code that says it is GS1 (a symbology identifier, brackets, a GS, a Digital Link)
 * and does not parse is refused with the codec's reason; digits that merely look like GS1 and do not
 * parse are read as a plain code.
 */
record ScanReading(String code, String symbology, List<Gs1Element> elements) {

    static final String GS1 = "gs1";
    static final String DIGITAL_LINK = "digital_link";
    static final String PLAIN = "plain";

    private static final Pattern LOOKS_LIKE_GS1 = Pattern.compile("00\\d{18}|01\\d{14}(1[0-7]|21|37).*|01\\d{14}");
    private static final char GS = '\u001d';

    /** Why a code that declares itself GS1 could not be read. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static ScanReading of(String code) {
        if (code.regionMatches(true, 0, "http://", 0, 7) || code.regionMatches(true, 0, "https://", 0, 8)) {
            try {
                return new ScanReading(code, DIGITAL_LINK, Gs1.parseDigitalLink(code));
            } catch (Gs1Exception e) {
                throw new Unreadable("not a valid GS1 Digital Link: " + e.getMessage());
            }
        }
        boolean declared = code.startsWith("]") || code.startsWith("(") || code.indexOf(GS) >= 0;
        if (declared || LOOKS_LIKE_GS1.matcher(code).matches()) {
            try {
                return new ScanReading(code, GS1, Gs1.parse(code));
            } catch (Gs1Exception e) {
                if (declared) {
                    throw new Unreadable("not a valid GS1 element string: " + e.getMessage());
                }
            }
        }
        return new ScanReading(code, PLAIN, List.of());
    }

    boolean isPlain() {
        return elements.isEmpty();
    }

    Optional<String> value(String ai) {
        return elements.stream()
                .filter(e -> e.ai().equals(ai))
                .map(Gs1Element::value)
                .findFirst();
    }

    /** What was read, as a problem reports it. */
    Map<String, Object> asRead() {
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("code", code);
        read.put("symbology", symbology);
        Map<String, String> byAi = new LinkedHashMap<>();
        elements.forEach(e -> byAi.put(e.ai(), e.value()));
        read.put("elements", byAi);
        return read;
    }
}
