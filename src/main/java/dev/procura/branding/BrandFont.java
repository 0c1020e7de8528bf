package dev.procura.branding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fonts a brand may choose, each with the CSS font stack front ends use. */
public enum BrandFont {
    SYSTEM_UI("system-ui", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"),
    INTER("inter", "Inter, system-ui, sans-serif"),
    ROBOTO("roboto", "Roboto, system-ui, sans-serif"),
    OPEN_SANS("open-sans", "\"Open Sans\", system-ui, sans-serif"),
    LATO("lato", "Lato, system-ui, sans-serif"),
    SOURCE_SANS_3("source-sans-3", "\"Source Sans 3\", system-ui, sans-serif"),
    NOTO_SANS("noto-sans", "\"Noto Sans\", system-ui, sans-serif"),
    IBM_PLEX_SANS("ibm-plex-sans", "\"IBM Plex Sans\", system-ui, sans-serif"),
    MERRIWEATHER("merriweather", "Merriweather, Georgia, serif"),
    SOURCE_SERIF_4("source-serif-4", "\"Source Serif 4\", Georgia, serif");

    public static final BrandFont DEFAULT = SYSTEM_UI;

    private final String key;
    private final String stack;

    BrandFont(String key, String stack) {
        this.key = key;
        this.stack = stack;
    }

    public String key() {
        return key;
    }

    public String stack() {
        return stack;
    }

    static Optional<BrandFont> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(BrandFont::key).toList();
    }
}
