package dev.procura.platform.gs1;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR) and GS1 Digital Link
 * URIs for the application identifiers in {@link ApplicationIdentifier}.
 */
public final class Gs1 {

    /** The group separator that ends a variable-length element in barcode data (FNC1 in the symbol). */
    public static final char GS = '\u001d';

    private static final Pattern BRACKETED_AI = Pattern.compile("\\((\\d{2,4})\\)");
    private static final List<String> PRIMARY_KEYS = List.of("01", "00");
    private static final List<String> KEY_QUALIFIERS = List.of("22", "10", "21");

    private Gs1() {}

    /** The GS1 mod-10 check digit of {@code digits}: weights 3, 1, 3, ... from the right. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                throw new Gs1Exception("'" + digits + "' is not all digits");
            }
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** An 18-digit SSCC: extension digit, company prefix, serial reference padded to fill 17 digits, check digit. */
    public static String sscc(int extensionDigit, String companyPrefix, long serialReference) {
        if (extensionDigit < 0 || extensionDigit > 9) {
            throw new Gs1Exception("SSCC extension digit must be 0 to 9");
        }
        if (!companyPrefix.matches("\\d{7,11}")) {
            throw new Gs1Exception("GS1 company prefix must be 7 to 11 digits");
        }
        int referenceDigits = 16 - companyPrefix.length();
        String reference = Long.toString(serialReference);
        if (serialReference < 0 || reference.length() > referenceDigits) {
            throw new Gs1Exception("SSCC serial reference " + serialReference + " does not fit " + referenceDigits
                    + " digits after a " + companyPrefix.length() + "-digit company prefix");
        }
        String body = extensionDigit + companyPrefix + "0".repeat(referenceDigits - reference.length()) + reference;
        return body + checkDigit(body);
    }

    /** A GTIN-8, -12, -13 or -14 as 14 digits, its check digit verified. */
    public static String gtin14(String gtin) {
        if (gtin == null || !gtin.matches("\\d{8}|\\d{12,14}")) {
            throw new Gs1Exception("GTIN must be 8, 12, 13 or 14 digits");
        }
        String padded = "0".repeat(14 - gtin.length()) + gtin;
        ApplicationIdentifier.GTIN.check(padded);
        return padded;
    }

    /** The element string as printed under a barcode: {@code (01)09506000134352(10)ABC123}. */
    public static String humanReadable(List<Gs1Element> elements) {
        StringBuilder text = new StringBuilder();
        for (Gs1Element element : elements) {
            known(element);
            text.append(element);
        }
        return text.toString();
    }

    /**
     * The data a GS1 symbol encodes after its leading FNC1: elements back to back, a {@link #GS}
     * ending each variable-length element that is not the last.
     */
    public static String barcodeData(List<Gs1Element> elements) {
        if (elements.isEmpty()) {
            throw new Gs1Exception("no GS1 elements to encode");
        }
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            Gs1Element element = elements.get(i);
            ApplicationIdentifier ai = known(element);
            data.append(ai.code).append(element.value());
            if (!ai.fixedLength && i < elements.size() - 1) {
                data.append(GS);
            }
        }
        return data.toString();
    }

    /**
     * The elements of scanned GS1 data: bracketed ({@code (01)...(10)...}) or raw with group
     * separators, with or without a symbology identifier ({@code ]C1}, {@code ]d2}, {@code ]Q3},
     * {@code ]e0}) or a leading separator.
     */
    public static List<Gs1Element> parse(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            throw new Gs1Exception("nothing was scanned");
        }
        String data = scanned.strip();
        if (data.startsWith("]") && data.length() >= 3) {
            data = data.substring(3);
        }
        while (!data.isEmpty() && data.charAt(0) == GS) {
            data = data.substring(1);
        }
        List<Gs1Element> elements = data.startsWith("(") ? bracketed(data) : raw(data);
        if (elements.isEmpty()) {
            throw new Gs1Exception("no GS1 elements in '" + scanned + "'");
        }
        return elements;
    }

    /**
     * A GS1 Digital Link URI on {@code baseUri}: the primary key (01 or 00) and its qualifiers
     * (22, 10, 21) in the path, the other elements as query parameters.
     */
    public static String digitalLink(String baseUri, List<Gs1Element> elements) {
        Gs1Element primary = elements.stream()
                .filter(e -> PRIMARY_KEYS.contains(e.ai()))
                .findFirst()
                .orElseThrow(() -> new Gs1Exception("a Digital Link needs a GTIN (01) or an SSCC (00)"));
        StringBuilder uri =
                new StringBuilder(baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri);
        known(primary);
        uri.append('/').append(primary.ai()).append('/').append(encode(primary.value()));
        if ("01".equals(primary.ai())) {
            for (String qualifier : KEY_QUALIFIERS) {
                elements.stream()
                        .filter(e -> e.ai().equals(qualifier))
                        .findFirst()
                        .ifPresent(e -> {
                            known(e);
                            uri.append('/').append(e.ai()).append('/').append(encode(e.value()));
                        });
            }
        }
        char separator = '?';
        for (Gs1Element element : elements) {
            boolean inPath = element == primary || ("01".equals(primary.ai()) && KEY_QUALIFIERS.contains(element.ai()));
            if (!inPath) {
                known(element);
                uri.append(separator).append(element.ai()).append('=').append(encode(element.value()));
                separator = '&';
            }
        }
        return uri.toString();
    }

    /** Whether {@code text} is an http(s) URI whose path holds a GS1 primary key, i.e. a Digital Link. */
    public static boolean isDigitalLink(String text) {
        try {
            parseDigitalLink(text);
            return true;
        } catch (Gs1Exception e) {
            return false;
        }
    }

    /** The elements of a GS1 Digital Link URI: its path's primary key and qualifiers, then its query's AIs. */
    public static List<Gs1Element> parseDigitalLink(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.strip());
        } catch (URISyntaxException e) {
            throw new Gs1Exception("not a URI");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getRawPath() == null) {
            throw new Gs1Exception("a Digital Link is an http or https URI");
        }
        String[] segments = uri.getRawPath().replaceAll("/+$", "").split("/", -1);
        int start = primaryKeyAt(segments);
        List<Gs1Element> elements = new ArrayList<>();
        for (int i = start; i + 1 < segments.length; i += 2) {
            String value = decode(segments[i + 1]);
            elements.add(element(segments[i], "01".equals(segments[i]) ? gtin14(value) : value));
        }
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&", -1)) {
                int equals = parameter.indexOf('=');
                String key = equals < 0 ? parameter : parameter.substring(0, equals);
                if (ApplicationIdentifier.of(key).isPresent() && equals > 0) {
                    elements.add(element(key, decode(parameter.substring(equals + 1))));
                }
            }
        }
        return elements;
    }

    /** Where the path's primary key starts: the last 01 or 00 segment followed only by key qualifier pairs. */
    private static int primaryKeyAt(String[] segments) {
        for (int i = segments.length - 2; i >= 0; i--) {
            if (PRIMARY_KEYS.contains(segments[i]) && qualifiersOnlyAfter(segments, i)) {
                return i;
            }
        }
        throw new Gs1Exception("the URI's path has no GS1 primary key (/01/{gtin} or /00/{sscc})");
    }

    private static boolean qualifiersOnlyAfter(String[] segments, int primary) {
        if ((segments.length - primary) % 2 != 0) {
            return false;
        }
        for (int i = primary + 2; i < segments.length; i += 2) {
            if (!"01".equals(segments[primary]) || !KEY_QUALIFIERS.contains(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<Gs1Element> bracketed(String data) {
        Matcher matcher = BRACKETED_AI.matcher(data);
        List<int[]> starts = new ArrayList<>();
        while (matcher.find()) {
            if (ApplicationIdentifier.of(matcher.group(1)).isPresent()) {
                starts.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        if (starts.isEmpty() || starts.get(0)[0] != 0) {
            throw new Gs1Exception("'" + data + "' does not start with a known application identifier");
        }
        List<Gs1Element> elements = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int[] at = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : data.length();
            elements.add(element(data.substring(at[0] + 1, at[1] - 1), data.substring(at[1], end)));
        }
        return elements;
    }

    private static List<Gs1Element> raw(String data) {
        List<Gs1Element> elements = new ArrayList<>();
        int at = 0;
        while (at < data.length()) {
            int from = at;
            ApplicationIdentifier ai = ApplicationIdentifier.startingAt(data, at)
                    .orElseThrow(() -> new Gs1Exception("unknown application identifier at position " + (from + 1)));
            at += ai.code.length();
            int end;
            if (ai.fixedLength) {
                end = at + ai.length;
                if (end > data.length()) {
                    throw new Gs1Exception("AI " + ai.code + ": value must be " + ai.length + " characters, not "
                            + (data.length() - at));
                }
            } else {
                int separator = data.indexOf(GS, at);
                end = separator < 0 ? data.length() : separator;
            }
            elements.add(element(ai.code, data.substring(at, end)));
            at = end;
            while (at < data.length() && data.charAt(at) == GS) {
                at++;
            }
        }
        return elements;
    }

    private static Gs1Element element(String code, String value) {
        Gs1Element element = new Gs1Element(code, value);
        known(element);
        return element;
    }

    private static ApplicationIdentifier known(Gs1Element element) {
        Optional<ApplicationIdentifier> ai = ApplicationIdentifier.of(element.ai());
        if (ai.isEmpty()) {
            throw new Gs1Exception("AI " + element.ai() + " is not supported");
        }
        ai.get().check(element.value());
        return ai.get();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
