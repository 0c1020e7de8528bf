package dev.procura.documents;

import dev.procura.platform.events.EventHandling;
import dev.procura.platform.events.ProcessedEvents;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.xml.sax.SAXException;

/** On file.process: extracts the text and basic metadata of a stored file (PDF, DOCX, XLSX, CSV, TXT) for search. */
@ApplicationScoped
public class TextExtractor {

    static final String CONSUMER = "text-extractor";
    private static final List<String> METADATA = List.of(
            "Content-Type",
            "dc:title",
            "dc:creator",
            "xmpTPg:NPages",
            "meta:page-count",
            "meta:word-count",
            "dcterms:created",
            "Content-Encoding");

    @Inject
    EventHandling handling;

    @Inject
    ProcessedEvents processed;

    @Inject
    TenantTransactions tenantData;

    @Inject
    BlobStore blobs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "procura.documents.max-text-chars", defaultValue = "1000000")
    int maxTextChars;

    private volatile AutoDetectParser parser;

    @Incoming("file-process")
    public void onFileProcess(String payload) {
        handling.handle(CONSUMER, "file.process", payload, this::extract);
    }

    void extract(JsonObject event) {
        UUID tenantId = UUID.fromString(event.getString("tenant_id"));
        UUID eventId = UUID.fromString(event.getString("event_id"));
        JsonObject data = event.getJsonObject("data");
        UUID fileId = UUID.fromString(data.getString("file_id"));
        Metadata metadata = new Metadata();
        String text;
        String unreadable = null;
        try (InputStream content = blobs.open(data.getString("object_key"))) {
            text = parse(content, metadata);
        } catch (Unreadable e) {
            // A fact about the file, not a failure to retry: its text stays empty and the reason is kept.
            text = "";
            unreadable = e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String metadataJson = json(metadata, unreadable);
        String extractedText = text;
        String error = unreadable;
        tenantData.call(tenantId, tx -> {
            EntityManager em = tx.em();
            if (processed.firstTime(em, tenantId, CONSUMER, eventId)) {
                StoredFile file = em.find(StoredFile.class, fileId);
                if (file != null) {
                    file.extracted(extractedText, metadataJson, error, clock.instant());
                }
            }
            return null;
        });
    }

    /**
     * The text of the content. A document Tika cannot read (a broken PDF, a zip that is not OOXML)
     * is {@link Unreadable}: its cause chain often holds an IOException, which would otherwise pass
     * for an unreachable store and be retried forever, stalling every later file.process event.
     */
    private String parse(InputStream content, Metadata metadata) throws IOException, Unreadable {
        BodyContentHandler handler = new BodyContentHandler(maxTextChars);
        try {
            parser().parse(content, handler, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new Unreadable(e);
            }
        } catch (TikaException e) {
            throw new Unreadable(e);
        }
        return handler.toString().strip();
    }

    /** The content is not a readable document of its type. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(Exception cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), null);
        }
    }

    private AutoDetectParser parser() {
        if (parser == null) {
            try {
                // Tika finds its parsers through the class loader: the application's, not the thread's.
                parser = new AutoDetectParser(new TikaConfig(TextExtractor.class.getClassLoader()));
            } catch (TikaException | IOException e) {
                throw new IllegalStateException("Tika cannot start", e);
            }
        }
        return parser;
    }

    private static String json(Metadata metadata, String unreadable) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        if (unreadable != null) {
            builder.add("extraction_error", unreadable);
        }
        for (String name : METADATA) {
            String value = metadata.get(name);
            if (value != null) {
                builder.add(name, value);
            }
        }
        return builder.build().toString();
    }
}
