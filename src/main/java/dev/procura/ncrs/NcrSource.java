package dev.procura.ncrs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an NCR comes from: a failed inspection, a receipt's rejection, or raised by hand. */
public enum NcrSource {
    INSPECTION,
    RECEIPT,
    MANUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NcrSource> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
