package dev.procura.documents;

import dev.procura.documents.DocumentService.Fields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.web.MultipartStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The multipart/form-data body of an upload, read once in its order as it arrives: the fields
 * before the {@code file} part when it is opened, then the file's bytes as the service reads them,
 * then the fields after them when the service asks for all of them. Parts: {@code file} (required,
 * once), {@code filename}, {@code mime_type}, {@code tags} (comma-separated); of a field sent twice
 * the first counts, other parts are skipped (each within the limits of {@link MultipartStream}).
 */
final class UploadForm implements DocumentService.Upload, AutoCloseable {

    static final String FILE = "file";
    private static final Set<String> FIELDS = Set.of("filename", "mime_type", "tags");
    private static final int MAX_FILENAME = 255;
    /** The documents.tags column, the tags joined by commas. */
    private static final int MAX_TAGS = 1000;
    /**
     * Of a body left unread by a refusal (413, 400) at most this much is read and dropped before the
     * answer, so that a client that has sent it all is not answered by a reset connection.
     */
    private static final int DRAIN_BYTES = 2 * 1024 * 1024;

    private final InputStream body;
    private final MultipartStream parts;
    private final Map<String, String> fields = new HashMap<>();
    /** Further text fields a caller of the store asked for (a project document version's comment). */
    private final Set<String> extraFields;

    private MultipartStream.Part file;
    private InputStream content;
    private Fields complete;

    private UploadForm(InputStream body, MultipartStream parts, Set<String> extraFields) {
        this.body = body;
        this.parts = parts;
        this.extraFields = extraFields;
    }

    /**
     * Reads the body up to the start of the file's bytes. A body longer than a file of
     * {@code maxFileBytes} and the most the other parts may take is a 413 problem, at once when its
     * Content-Length says so, else when it has been read that far.
     */
    static UploadForm open(InputStream body, String contentType, Long contentLength, long maxFileBytes) {
        return open(body, contentType, contentLength, maxFileBytes, Set.of());
    }

    /** As {@link #open(InputStream, String, Long, long)}, also keeping the text of the {@code extraFields}. */
    static UploadForm open(
            InputStream body, String contentType, Long contentLength, long maxFileBytes, Set<String> extraFields) {
        long maxBody = maxFileBytes + MultipartStream.MAX_OVERHEAD_BYTES;
        if (contentLength != null && contentLength > maxBody) {
            throw tooLarge(maxFileBytes);
        }
        InputStream limited = limited(body, maxBody, maxFileBytes);
        UploadForm form = new UploadForm(limited, MultipartStream.open(limited, contentType), extraFields);
        try {
            form.readUpToTheFile();
            return form;
        } catch (RuntimeException e) {
            form.close();
            throw e;
        }
    }

    private void readUpToTheFile() {
        for (Optional<MultipartStream.Part> next = parts.next(); next.isPresent(); next = parts.next()) {
            if (FILE.equals(next.get().name())) {
                file = next.get();
                content = file.stream();
                return;
            }
            read(next.get());
        }
        throw new Failure.InvalidInput(FILE, "is required");
    }

    private void read(MultipartStream.Part part) {
        if (FILE.equals(part.name())) {
            throw new Failure.InvalidInput(FILE, "must be sent once");
        }
        if (FIELDS.contains(part.name()) || extraFields.contains(part.name())) {
            String text = part.text();
            fields.putIfAbsent(part.name(), text);
        }
    }

    /** The values of the extra fields sent (after {@link #fields()} read them all). */
    Map<String, String> extraFields() {
        Map<String, String> extra = new HashMap<>();
        extraFields.forEach(name -> {
            if (fields.containsKey(name)) {
                extra.put(name, fields.get(name));
            }
        });
        return extra;
    }

    @Override
    public InputStream content() {
        return content;
    }

    @Override
    public Fields fieldsSoFar() {
        return complete != null
                ? complete
                : new Fields(blankToNull(filename()), blankToNull(fields.get("mime_type")), tags());
    }

    @Override
    public Fields fields() {
        if (complete == null) {
            for (Optional<MultipartStream.Part> next = parts.next(); next.isPresent(); next = parts.next()) {
                read(next.get());
            }
            String filename = blankToNull(filename());
            if (filename == null) {
                throw new Failure.InvalidInput("filename", "is required when the file part has none");
            }
            if (filename.length() > MAX_FILENAME) {
                throw new Failure.InvalidInput("filename", "size must be between 1 and " + MAX_FILENAME);
            }
            List<String> tags = tags();
            if (String.join(",", tags).length() > MAX_TAGS) {
                throw new Failure.InvalidInput("tags", "must be at most " + MAX_TAGS + " characters in all");
            }
            complete = new Fields(filename, blankToNull(fields.get("mime_type")), tags);
        }
        return complete;
    }

    /** The {@code filename} field when sent (even blank), else the name the file part carries. */
    private String filename() {
        return fields.containsKey("filename") ? fields.get("filename") : file.filename();
    }

    private List<String> tags() {
        String tags = fields.get("tags");
        return tags == null
                ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Drops what is left of the body (at most {@value #DRAIN_BYTES} bytes); never throws. */
    @Override
    public void close() {
        if (parts.finished() && complete != null) {
            return;
        }
        try {
            byte[] sink = new byte[8192];
            for (int left = DRAIN_BYTES; left > 0; ) {
                int read = body.read(sink, 0, Math.min(sink.length, left));
                if (read == -1) {
                    return;
                }
                left -= read;
            }
        } catch (IOException | RuntimeException gone) {
            // the client went, or sent more than may be read: the answer goes out as it can
        }
    }

    private static Failure tooLarge(long maxFileBytes) {
        return new Failure.PayloadTooLarge("The file is larger than " + maxFileBytes + " bytes");
    }

    /** The body, refused with a 413 problem once more than {@code max} bytes of it have been read. */
    private static InputStream limited(InputStream body, long max, long maxFileBytes) {
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read += n;
                    if (read > max) {
                        throw tooLarge(maxFileBytes);
                    }
                }
                return n;
            }
        };
    }
}
