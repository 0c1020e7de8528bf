package dev.procura.platform.web;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * JSON request bodies are UTF-8 (RFC 8259) and bounded: a body in another charset is a 415, bytes
 * that are not UTF-8 a 400 ({@code invalid-encoding}) and a body above
 * {@code procura.api.max-json-bytes} a 413, before JSON-B reads it. Left alone, the reader would
 * turn bad bytes into U+FFFD and store them. Uploads are multipart and not read here.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "procura.api.max-json-bytes", defaultValue = "1048576")
    int maxBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new NotSupportedException("JSON is UTF-8 (RFC 8259); the body declares charset " + charset);
        }
        byte[] body = read(context.getInputStream(), maxBytes);
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new Failure.MalformedBody(
                    ProblemType.INVALID_ENCODING, "The body is not valid UTF-8, as JSON must be (RFC 8259)");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json");
    }

    /** Reads at most {@code limit} bytes; one more is a 413. */
    static byte[] read(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new Failure.PayloadTooLarge(
                    "A JSON body may hold at most " + limit + " bytes (procura.api.max-json-bytes)");
        }
        return body;
    }
}
