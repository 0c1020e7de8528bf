package dev.procura.conversions.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The names of made files: a slug of their title and when they were asked for. */
public final class FileNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private FileNames() {}

    /** e.g. {@code spend-by-supplier-20261207-101500.xlsx}; {@code fallback} when the title has no letters or digits. */
    public static String stamped(String title, ZonedDateTime at, OutputFormat format, String fallback) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = fallback;
        }
        if (slug.length() > 80) {
            slug = slug.substring(0, 80);
        }
        return slug + "-" + STAMP.format(at) + "." + format.extension;
    }
}
