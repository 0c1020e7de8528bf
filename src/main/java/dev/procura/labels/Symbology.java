package dev.procura.labels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The symbols a label can carry. GS1 ones need a GS1 key (a GTIN or an SSCC); Code 128 prints the plain code. */
enum Symbology {
    GS1_128(true),
    CODE128(false),
    QR(true),
    DATAMATRIX(true);

    static final String NAMES = "gs1_128|code128|qr|datamatrix";

    private final boolean gs1;

    Symbology(boolean gs1) {
        this.gs1 = gs1;
    }

    boolean isGs1() {
        return gs1;
    }

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Symbology> of(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
