package dev.procura.traceability;

/**
 * GS1 General Specifications: a batch/lot number (AI 10) or serial number (AI 21) is 1 to 20
 * characters of the GS1 AI encodable character set 82 (figure 7.11-1): digits, upper- and
 * lower-case letters and {@code ! " % & ' ( ) * + , - . / : ; < = > ? _}.
 */
final class Gs1 {

    static final int MAX_LENGTH = 20;

    private static final String PUNCTUATION = "!\"%&'()*+,-./:;<=>?_";

    private Gs1() {}

    /** Whether every character is in character set 82. */
    static boolean inCharacterSet82(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!alphanumeric && PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Why {@code number} is not a valid AI 10 / AI 21 value, or null when it is. */
    static String problemWith(String number) {
        if (number.isEmpty() || number.length() > MAX_LENGTH) {
            return "must be 1 to " + MAX_LENGTH + " characters for GS1 (AI 10 / AI 21)";
        }
        if (!inCharacterSet82(number)) {
            return "must use only the GS1 character set 82 (letters, digits and !\"%&'()*+,-./:;<=>?_)";
        }
        return null;
    }
}
