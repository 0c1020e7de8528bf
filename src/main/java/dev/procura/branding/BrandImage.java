package dev.procura.branding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A logo or favicon as it will be served. PNG is recognised by its signature and its IHDR header
 * (width and height within the kind's limit); anything else must be an SVG, and is sanitised
 * ({@link SvgSanitizer}). Sizes are checked before any parsing.
 */
public record BrandImage(String contentType, byte[] bytes, String sha256, Integer width, Integer height) {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public BrandImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Why an uploaded file cannot be a brand image. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public static BrandImage of(AssetKind kind, byte[] upload) throws Refused {
        if (upload.length > kind.maxBytes()) {
            throw new Refused("is " + upload.length + " bytes; a " + kind.key() + " may have at most " + kind.maxBytes()
                    + " bytes (" + kind.maxBytes() / 1024 + " KB)");
        }
        if (upload.length >= PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(upload, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            return png(kind, upload);
        }
        if (!looksLikeXml(upload)) {
            throw new Refused("must be a PNG or SVG image");
        }
        try {
            byte[] clean = SvgSanitizer.sanitize(upload);
            return new BrandImage(SVG, clean, sha256(clean), null, null);
        } catch (SvgSanitizer.Refused e) {
            throw new Refused("must be a PNG or SVG image; as SVG it " + e.getMessage());
        }
    }

    private static BrandImage png(AssetKind kind, byte[] upload) throws Refused {
        // Signature, then the IHDR chunk: length (13), type, width, height.
        if (upload.length < 33 || !"IHDR".equals(new String(upload, 12, 4, StandardCharsets.US_ASCII))) {
            throw new Refused("is not a readable PNG image (no IHDR header)");
        }
        ByteBuffer header = ByteBuffer.wrap(upload, 16, 8);
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        if (width == 0 || height == 0) {
            throw new Refused("is a PNG image without pixels");
        }
        if (width > kind.maxPixels() || height > kind.maxPixels()) {
            throw new Refused("is " + width + "×" + height + " pixels; a " + kind.key() + " may have at most "
                    + kind.maxPixels() + " pixels on each side");
        }
        return new BrandImage(PNG, upload, sha256(upload), (int) width, (int) height);
    }

    private static boolean looksLikeXml(byte[] upload) {
        int i = 0;
        if (upload.length >= 3
                && (upload[0] & 0xFF) == 0xEF
                && (upload[1] & 0xFF) == 0xBB
                && (upload[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < upload.length && Character.isWhitespace(upload[i])) {
            i++;
        }
        return i < upload.length && upload[i] == '<';
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
