package dev.procura.approvals;

import dev.procura.approvals.Condition.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a condition into tokens; anything outside the language stops here, with its position. */
final class Tokenizer {

    static final int MAX_TOKENS = 200;

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "true", "false", "null");
    private static final List<String> SYMBOLS =
            List.of("==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", ",");

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int index;

    private Tokenizer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        return new Tokenizer(source).tokens();
    }

    private List<Token> tokens() {
        for (skipWhitespace(); index < source.length(); skipWhitespace()) {
            if (tokens.size() == MAX_TOKENS) {
                throw Invalid.at(index + 1, "a condition has at most " + MAX_TOKENS + " tokens");
            }
            tokens.add(next(source.charAt(index)));
        }
        tokens.add(new Token(Token.Type.END, "", source.length() + 1));
        return List.copyOf(tokens);
    }

    private void skipWhitespace() {
        while (index < source.length() && " \t\r\n".indexOf(source.charAt(index)) >= 0) {
            index++;
        }
    }

    private Token next(char first) {
        if (isDigit(first)) {
            return number();
        }
        if (isNameStart(first)) {
            return word();
        }
        if (first == '"') {
            return text();
        }
        return symbol();
    }

    private Token number() {
        int start = index;
        skipDigits();
        if (index < source.length() && source.charAt(index) == '.') {
            index++;
            if (index == source.length() || !isDigit(source.charAt(index))) {
                throw Invalid.at(index + 1, "expected a digit after the decimal point");
            }
            skipDigits();
        }
        String number = source.substring(start, index);
        if (index < source.length() && runsOn(source.charAt(index))) {
            throw Invalid.at(index + 1, "unexpected " + character(index) + " after the number " + number);
        }
        return new Token(Token.Type.NUMBER, number, start + 1);
    }

    private static boolean runsOn(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private void skipDigits() {
        while (index < source.length() && isDigit(source.charAt(index))) {
            index++;
        }
    }

    private Token word() {
        int start = index;
        while (index < source.length() && isNamePart(source.charAt(index))) {
            index++;
        }
        String word = source.substring(start, index);
        return new Token(KEYWORDS.contains(word) ? Token.Type.KEYWORD : Token.Type.NAME, word, start + 1);
    }

    private Token text() {
        int start = index++;
        StringBuilder text = new StringBuilder();
        while (index < source.length()) {
            char c = source.charAt(index++);
            if (c == '"') {
                return new Token(Token.Type.TEXT, text.toString(), start + 1);
            }
            if (c == '\\') {
                if (index == source.length()) {
                    break;
                }
                char escaped = source.charAt(index++);
                if (escaped != '"' && escaped != '\\') {
                    throw Invalid.at(index - 1, "unknown escape \\" + escaped + " in text (only \\\" and \\\\)");
                }
                c = escaped;
            }
            text.append(c);
        }
        throw Invalid.at(start + 1, "the text is not closed with '\"'");
    }

    private Token symbol() {
        for (String symbol : SYMBOLS) {
            if (source.startsWith(symbol, index)) {
                index += symbol.length();
                return new Token(Token.Type.SYMBOL, symbol, index - symbol.length() + 1);
            }
        }
        throw Invalid.at(index + 1, "unexpected " + character(index) + hint(source.charAt(index)));
    }

    private static String hint(char c) {
        return switch (c) {
            case '=' -> " (compare with '==')";
            case '!' -> " (use 'not' or '!=')";
            case '&' -> " (use 'and')";
            case '|' -> " (use 'or')";
            case '\'' -> " (text goes in double quotes)";
            default -> Character.isLetter(c) ? " (field names use lower-case letters, digits and '_')" : "";
        };
    }

    private String character(int at) {
        int c = source.codePointAt(at);
        if (c == '\'') {
            return "single quote";
        }
        return c > 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("character U+%04X", c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
