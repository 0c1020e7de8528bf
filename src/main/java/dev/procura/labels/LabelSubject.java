package dev.procura.labels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What labels are made for; items are named by their code, everything else by its id. */
enum LabelSubject {
    SHIPMENT,
    PACKAGE,
    LOT,
    SERIAL,
    ITEM;

    static final String NAMES = "shipment|package|lot|serial|item";

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isNamedByCode() {
        return this == ITEM;
    }

    static Optional<LabelSubject> of(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
