package dev.procura.reports;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** The locale a report's file is written in. */
final class Locales {

    static final String DEFAULT = "en";

    private Locales() {}

    static boolean valid(String tag) {
        try {
            return !new Locale.Builder()
                    .setLanguageTag(tag)
                    .build()
                    .getLanguage()
                    .isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    static Locale of(String tag) {
        return Locale.forLanguageTag(tag == null ? DEFAULT : tag);
    }
}
