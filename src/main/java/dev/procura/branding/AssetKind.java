package dev.procura.branding;

import java.util.Locale;
import java.util.Optional;

/** The two images of a brand, with their limits: bytes and (for PNG) pixels on each side. */
public enum AssetKind {
    LOGO("logo", 512 * 1024, 2048),
    FAVICON("favicon", 64 * 1024, 512);

    private final String key;
    private final int maxBytes;
    private final int maxPixels;

    AssetKind(String key, int maxBytes, int maxPixels) {
        this.key = key;
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    public String key() {
        return key;
    }

    public int maxBytes() {
        return maxBytes;
    }

    public int maxPixels() {
        return maxPixels;
    }

    /** The request field naming the document of this image. */
    String field() {
        return key + "_document_id";
    }

    static Optional<AssetKind> of(String key) {
        for (AssetKind kind : values()) {
            if (kind.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
