package dev.procura.approvals;

/** One word, number, text or symbol of a condition; {@code position} counts characters from 1. */
record Token(Type type, String text, int position) {

    enum Type {
        NUMBER,
        TEXT,
        NAME,
        KEYWORD,
        SYMBOL,
        END
    }

    boolean is(String keywordOrSymbol) {
        return (type == Type.KEYWORD || type == Type.SYMBOL) && text.equals(keywordOrSymbol);
    }

    /** How the token is named in an error message. */
    String described() {
        return switch (type) {
            case NUMBER -> "number " + text;
            case TEXT -> "text \"" + text + "\"";
            case NAME -> "field " + text;
            case KEYWORD, SYMBOL -> "'" + text + "'";
            case END -> "the end of the condition";
        };
    }
}
