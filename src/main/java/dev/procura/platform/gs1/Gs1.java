package dev.procura.platform.gs1;

import java.util.List;

/** Placeholder with the lead's API until the GS1 codec lands on main. */
public final class Gs1 {
    private Gs1() {}

    public static int checkDigit(String digitsWithoutCheck) {
        throw new UnsupportedOperationException();
    }

    public static String sscc(int extensionDigit, String companyPrefix, long serialReference) {
        throw new UnsupportedOperationException();
    }

    public static String gtin14(String gtin) {
        throw new UnsupportedOperationException();
    }

    public static String humanReadable(List<Gs1Element> elements) {
        throw new UnsupportedOperationException();
    }

    public static String barcodeData(List<Gs1Element> elements) {
        throw new UnsupportedOperationException();
    }

    public static List<Gs1Element> parse(String scanned) {
        throw new UnsupportedOperationException();
    }

    public static String digitalLink(String baseUri, List<Gs1Element> elements) {
        throw new UnsupportedOperationException();
    }

    public static List<Gs1Element> parseDigitalLink(String uri) {
        throw new UnsupportedOperationException();
    }

    public static boolean isDigitalLink(String text) {
        throw new UnsupportedOperationException();
    }
}
