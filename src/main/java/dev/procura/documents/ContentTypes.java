package dev.procura.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** What a file really is (Apache Tika, from its bytes and name), and whether a declared type fits it. */
final class ContentTypes {

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MediaTypeRegistry.getDefaultRegistry();
    /** Text formats Tika cannot tell from plain text by their bytes alone. */
    private static final Set<String> TEXTUAL = Set.of("application/json", "application/xml", "application/x-ndjson");

    private ContentTypes() {}

    static String detect(Path file, String filename) {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in, filename);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same from the head of a content (an upload's first part), read as a plain stream like a
     * file: a TikaInputStream would copy OLE2 content (.doc, .xls) to a temporary file. An OOXML or
     * OLE2 content named without its extension comes out generic (application/x-tika-ooxml,
     * application/x-tika-msoffice) when what tells it apart lies past the head.
     */
    static String detect(InputStream head, String filename) {
        try {
            return TIKA.detect(head, filename);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Does the declared type describe the detected content (same type, a supertype of it, or vague content)? */
    static boolean fits(String declared, String detected) {
        MediaType declaredType = MediaType.parse(declared);
        MediaType detectedType = MediaType.parse(detected);
        if (declaredType == null || detectedType == null) {
            return false;
        }
        MediaType declaredBase = declaredType.getBaseType();
        MediaType detectedBase = detectedType.getBaseType();
        if (declaredBase.equals(detectedBase) || "application/octet-stream".equals(detectedBase.toString())) {
            return true;
        }
        if ("text/plain".equals(detectedBase.toString())
                && ("text".equals(declaredBase.getType()) || TEXTUAL.contains(declaredBase.toString()))) {
            return true;
        }
        return REGISTRY.isSpecializationOf(detectedBase, declaredBase)
                || REGISTRY.isSpecializationOf(declaredBase, detectedBase);
    }
}
