package dev.procura.engineering;

import java.util.Arrays;
import java.util.Optional;

/** Where a BOM line's item comes from: made from its child lines, or bought. */
public enum BomSource {
    MAKE("make"),
    BUY("buy");

    private final String code;

    BomSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<BomSource> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
