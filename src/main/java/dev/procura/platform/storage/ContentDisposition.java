package dev.procura.platform.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** RFC 6266 attachment headers that keep non-ASCII file names and cannot be used to inject headers. */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String attachment(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
