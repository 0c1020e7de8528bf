package dev.procura.platform.web;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemHeaders;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.MultipartInput;

/**
 * A multipart/form-data request body read as it arrives, part after part, with the streaming parser
 * of Apache Commons FileUpload 2 ({@link MultipartInput}): a part's content is a stream the caller
 * reads itself, and nothing is buffered but the small text fields it asks for. Limits keep a client
 * from making the server hold much: {@value #MAX_PARTS} parts, {@value #MAX_FIELD_BYTES} bytes per
 * text field (or per part skipped unread), {@value #MAX_PART_HEADER_BYTES} bytes of headers per part.
 * A body that does not parse is a 400 problem ({@code malformed-multipart}), also when that shows
 * only while a part's content is read (a body cut off before its closing boundary); a failure of
 * the connection itself stays an {@link UncheckedIOException}.
 */
public final class MultipartStream {

    public static final int MAX_PARTS = 20;
    public static final int MAX_FIELD_BYTES = 64 * 1024;
    /** Content-Disposition (with a file name of up to 255 characters in any script) and Content-Type. */
    public static final int MAX_PART_HEADER_BYTES = 8 * 1024;
    /** The most a body can hold besides the content of the one part that is streamed (framing included). */
    public static final long MAX_OVERHEAD_BYTES = (long) MAX_PARTS * (MAX_FIELD_BYTES + MAX_PART_HEADER_BYTES + 512);
    /** RFC 2046 allows 70 characters; some clients use a little more. */
    private static final int MAX_BOUNDARY_BYTES = 200;
    /** The parser's buffer: reads from the request in pieces of this size (its default, 4 KiB, means many small reads). */
    private static final int BUFFER_BYTES = 64 * 1024;
    /** FileUpload's parsing of part headers (Content-Disposition parameters, RFC 2231 file names); none of its file items. */
    private static final AbstractFileUpload<Void, DiskFileItem, DiskFileItemFactory> HEADERS = new HeaderParser();

    private final MultipartInput input;
    private boolean started;
    private boolean finished;
    private int parts;
    private Part current;

    private MultipartStream(MultipartInput input) {
        this.input = input;
    }

    /**
     * Starts reading a body of this Content-Type (its boundary parameter is required). The parts are
     * read as {@link #next()} is called; nothing is read here.
     */
    public static MultipartStream open(InputStream body, String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw malformed("The body is not multipart/form-data");
        }
        byte[] boundary = HEADERS.getBoundary(contentType);
        if (boundary == null || boundary.length == 0 || boundary.length > MAX_BOUNDARY_BYTES) {
            throw malformed("The Content-Type has no usable boundary parameter");
        }
        try {
            MultipartInput input = MultipartInput.builder()
                    .setInputStream(body)
                    .setBoundary(boundary)
                    .setBufferSize(BUFFER_BYTES)
                    .setPartHeaderSizeMax(MAX_PART_HEADER_BYTES)
                    .get();
            input.setHeaderCharset(StandardCharsets.UTF_8); // browsers send file names as raw UTF-8
            return new MultipartStream(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The next part, or empty once the closing boundary was read (a body that ends without one is
     * malformed). The part before must have been read to its end, or not at all: one that was not
     * opened is skipped here, as a text field (so at most {@value #MAX_FIELD_BYTES} bytes).
     */
    public Optional<Part> next() {
        if (finished) {
            return Optional.empty();
        }
        try {
            if (current != null) {
                current.finish();
                current = null;
            }
            boolean more = started ? input.readBoundary() : input.skipPreamble();
            started = true;
            if (!more) {
                finished = true;
                return Optional.empty();
            }
            if (++parts > MAX_PARTS) {
                throw malformed("The body has more than " + MAX_PARTS + " parts");
            }
            FileItemHeaders headers = HEADERS.getParsedHeaders(input.readHeaders());
            current = new Part(HEADERS.getFieldName(headers), HEADERS.getFileName(headers), input.newInputStream());
            return Optional.of(current);
        } catch (FileUploadException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
    }

    /** Whether the closing boundary was read: nothing of the body is left. */
    public boolean finished() {
        return finished;
    }

    private static Failure malformed(String detail) {
        return new Failure.MalformedBody(ProblemType.MALFORMED_MULTIPART, detail);
    }

    private static Failure malformed(FileUploadException e) {
        return malformed("The multipart/form-data body cannot be read: " + e.getMessage());
    }

    /** One part: its name and file name from its Content-Disposition, and its content, to read once. */
    public static final class Part {

        private final String name;
        private final String filename;
        private final MultipartInput.ItemInputStream content;
        private boolean opened;
        private boolean ended;

        private Part(String name, String filename, MultipartInput.ItemInputStream content) {
            this.name = name;
            this.filename = filename;
            this.content = content;
        }

        /** The form field's name; null for a part that is not form-data. */
        public String name() {
            return name;
        }

        /** The file name the client gave (null without one, "" for an empty one). */
        public String filename() {
            return filename;
        }

        /**
         * The content as UTF-8 text, stripped (RFC 7578 fields rarely name their charset); more than
         * {@value #MAX_FIELD_BYTES} bytes is a 400 problem on this field.
         */
        public String text() {
            InputStream in = stream();
            try {
                byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
                if (bytes.length > MAX_FIELD_BYTES) {
                    throw new Failure.InvalidInput(
                            name == null ? "part" : name, "must be at most " + MAX_FIELD_BYTES + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the request body", e);
            }
        }

        /**
         * The content as a stream, read by the caller to its end ({@code -1}); a body that turns out
         * malformed while it is read throws the 400 problem from {@code read}.
         */
        public InputStream stream() {
            if (opened) {
                throw new IllegalStateException("The part " + name + " was opened already");
            }
            opened = true;
            return new FilterInputStream(content) {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    try {
                        int read = super.read(b, off, len);
                        ended |= read == -1;
                        return read;
                    } catch (FileUploadException e) {
                        throw malformed(e);
                    }
                }

                @Override
                public void close() {
                    // the part ends where its content ends; MultipartStream moves on to the next
                }
            };
        }

        /** Moves past the content: skipped as a text field if unread, else it must have been read to its end. */
        private void finish() throws IOException {
            if (!opened) {
                text();
            } else if (!ended) {
                throw new IllegalStateException("The part " + name + " was not read to its end");
            }
            content.close();
        }
    }

    /** Only the header parsing of {@link AbstractFileUpload} is used; it never parses a request. */
    private static final class HeaderParser extends AbstractFileUpload<Void, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(Void request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, java.util.List<DiskFileItem>> parseParameterMap(Void request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.List<DiskFileItem> parseRequest(Void request) {
            throw new UnsupportedOperationException();
        }
    }
}
