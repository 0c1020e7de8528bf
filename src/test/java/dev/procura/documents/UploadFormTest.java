package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.documents.DocumentService.Fields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.web.FailureMapper;
import dev.procura.platform.web.MultipartStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The multipart body of an upload, parsed as a stream: what it yields, in which order, and how it refuses. */
class UploadFormTest {

    private static final String BOUNDARY = "----procura7b3f9c";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    private static final long MAX = 1024 * 1024;

    /** A multipart/form-data body, part by part, as curl -F or a browser writes it. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            return part(
                    "Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
        }

        Body file(String filename, byte[] content) {
            return part(
                    "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename
                            + "\"\r\nContent-Type: application/octet-stream",
                    content);
        }

        Body part(String headers, byte[] content) {
            write("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] end() {
            write("--" + BOUNDARY + "--\r\n");
            return out.toByteArray();
        }

        /** Without the closing boundary, as a body cut off mid-way. */
        byte[] cut() {
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static UploadForm open(byte[] body) {
        return UploadForm.open(new ByteArrayInputStream(body), TYPE, (long) body.length, MAX);
    }

    private static String field(Failure.InvalidInput refused) {
        return FailureMapper.problemOf(refused).errors().get(0).field();
    }

    @Test
    void fieldsBeforeTheFileAreKnownWhenItsBytesBegin() throws IOException {
        byte[] content = random(300_000);
        try (UploadForm form = open(new Body()
                .field("filename", "résumé.csv")
                .field("mime_type", "text/csv")
                .field("tags", " po, 2026 ,,")
                .file("upload.csv", content)
                .end())) {
            assertEquals(new Fields("résumé.csv", "text/csv", List.of("po", "2026")), form.fieldsSoFar());
            assertArrayEquals(content, form.content().readAllBytes());
            assertEquals(new Fields("résumé.csv", "text/csv", List.of("po", "2026")), form.fields());
        }
    }

    @Test
    void fieldsAfterTheFileAreReadOnlyOnceItsBytesWereRead() throws IOException {
        byte[] content = random(200_000);
        try (UploadForm form = open(new Body()
                .field("tags", "early")
                .file("scan.bin", content)
                .field("filename", "late.bin")
                .field("mime_type", "application/octet-stream")
                .end())) {
            assertEquals(new Fields("scan.bin", null, List.of("early")), form.fieldsSoFar());
            assertArrayEquals(content, form.content().readAllBytes());
            assertEquals(new Fields("late.bin", "application/octet-stream", List.of("early")), form.fields());
            assertEquals(form.fields(), form.fieldsSoFar());
        }
    }

    @Test
    void asCurlSendsIt() throws IOException {
        byte[] content = "item,quantity\nbolt,12\n".getBytes(StandardCharsets.UTF_8);
        try (UploadForm form = open(new Body().file("order.csv", content).end())) {
            assertArrayEquals(content, form.content().readAllBytes());
            assertEquals(new Fields("order.csv", null, List.of()), form.fields());
        }
    }

    @Test
    void aFileNameInRawUtf8OrRfc2231IsDecoded() throws IOException {
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);
        try (UploadForm form =
                open(new Body().file("bestellübersicht.csv", content).end())) {
            form.content().readAllBytes();
            assertEquals("bestellübersicht.csv", form.fields().filename());
        }
        try (UploadForm form = open(new Body()
                .part(
                        "Content-Disposition: form-data; name=\"file\"; " + "filename*=UTF-8''r%C3%A9sum%C3%A9.csv",
                        content)
                .end())) {
            form.content().readAllBytes();
            assertEquals("résumé.csv", form.fields().filename());
        }
    }

    @Test
    void aBodyWithoutAFilePartIsRefusedOnTheFileField() {
        assertEquals(
                "file",
                field(assertThrows(
                        Failure.InvalidInput.class,
                        () -> open(new Body().field("tags", "a").end()))));
        assertEquals(
                "file",
                field(assertThrows(
                        Failure.InvalidInput.class, () -> open("no multipart here".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void aFileWithoutANameNeedsTheFilenameField() throws IOException {
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);
        try (UploadForm form = open(new Body()
                .part("Content-Disposition: form-data; name=\"file\"", content)
                .end())) {
            assertNull(form.fieldsSoFar().filename());
            form.content().readAllBytes();
            assertEquals("filename", field(assertThrows(Failure.InvalidInput.class, form::fields)));
        }
        try (UploadForm form = open(
                new Body().field("filename", "  ").file("named.csv", content).end())) {
            form.content().readAllBytes();
            assertEquals("filename", field(assertThrows(Failure.InvalidInput.class, form::fields)));
        }
        try (UploadForm form = open(new Body().file("n".repeat(256), content).end())) {
            form.content().readAllBytes();
            assertEquals("filename", field(assertThrows(Failure.InvalidInput.class, form::fields)));
        }
    }

    @Test
    void tagsLongerThanTheirColumnAreRefused() throws IOException {
        try (UploadForm form = open(new Body()
                .field("tags", "t".repeat(600) + ", " + "u".repeat(600))
                .file("a.csv", new byte[1])
                .end())) {
            form.content().readAllBytes();
            assertEquals("tags", field(assertThrows(Failure.InvalidInput.class, form::fields)));
        }
    }

    @Test
    void aSecondFilePartIsRefused() throws IOException {
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);
        try (UploadForm form =
                open(new Body().file("a.csv", content).file("b.csv", content).end())) {
            form.content().readAllBytes();
            assertEquals("file", field(assertThrows(Failure.InvalidInput.class, form::fields)));
        }
    }

    @Test
    void aFieldOverItsLimitIsRefusedWithoutBeingHeld() {
        String huge = "t".repeat(MultipartStream.MAX_FIELD_BYTES + 1);
        assertEquals(
                "tags",
                field(assertThrows(
                        Failure.InvalidInput.class,
                        () -> open(new Body()
                                .field("tags", huge)
                                .file("a.csv", new byte[1])
                                .end()))));
        // A part the form does not know is skipped within the same limit.
        assertThrows(
                Failure.InvalidInput.class,
                () -> open(new Body()
                        .field("comment", huge)
                        .file("a.csv", new byte[1])
                        .end()));
        assertEquals("tags", field(assertThrows(Failure.InvalidInput.class, () -> {
            try (UploadForm form = open(
                    new Body().file("a.csv", new byte[1]).field("tags", huge).end())) {
                form.content().readAllBytes();
                form.fields();
            }
        })));
    }

    @Test
    void tooManyPartsAreAMalformedBody() {
        Body body = new Body();
        for (int i = 0; i < MultipartStream.MAX_PARTS; i++) {
            body.field("note" + i, "x");
        }
        Failure refused = assertThrows(
                Failure.class, () -> open(body.file("a.csv", new byte[1]).end()));
        assertEquals(400, FailureMapper.problemOf(refused).status());
        assertTrue(
                FailureMapper.problemOf(refused).type().endsWith("/malformed-multipart"),
                FailureMapper.problemOf(refused).type());
    }

    @Test
    void partHeadersOverTheirLimitAreAMalformedBody() {
        String header = "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nX-Padding: "
                + "p".repeat(MultipartStream.MAX_PART_HEADER_BYTES);
        Failure refused = assertThrows(
                Failure.class, () -> open(new Body().part(header, new byte[1]).end()));
        assertEquals(400, FailureMapper.problemOf(refused).status());
    }

    @Test
    void aLongFileNameInAnyScriptFitsInThePartHeaders() throws IOException {
        String name = "注文書".repeat(80) + ".csv"; // 244 characters, 724 bytes of UTF-8
        try (UploadForm form = open(new Body().file(name, new byte[1]).end())) {
            form.content().readAllBytes();
            assertEquals(name, form.fields().filename());
        }
    }

    @Test
    void aBodyCutOffInTheFileIsAMalformedBodyWhileItIsRead() {
        byte[] cut = new Body().file("a.bin", random(100_000)).cut();
        byte[] body = Arrays.copyOf(cut, cut.length - 5_000);
        try (UploadForm form = open(body)) {
            Failure refused = assertThrows(
                    Failure.MalformedBody.class, () -> form.content().readAllBytes());
            assertEquals(400, FailureMapper.problemOf(refused).status());
        }
    }

    @Test
    void aBodyCutOffAfterTheFileIsAMalformedBodyWhenTheRestIsRead() throws IOException {
        byte[] content = random(1000);
        try (UploadForm form =
                open(new Body().file("a.bin", content).field("tags", "a").cut())) {
            assertArrayEquals(content, form.content().readAllBytes());
            assertThrows(Failure.MalformedBody.class, form::fields);
        }
    }

    @Test
    void aContentTypeWithoutABoundaryIsAMalformedBody() {
        byte[] body = new Body().file("a.csv", new byte[1]).end();
        assertThrows(
                Failure.MalformedBody.class,
                () -> UploadForm.open(new ByteArrayInputStream(body), "multipart/form-data", null, MAX));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRead() {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
        assertThrows(
                Failure.PayloadTooLarge.class,
                () -> UploadForm.open(unread, TYPE, MAX + MultipartStream.MAX_OVERHEAD_BYTES + 1, MAX));
    }

    @Test
    void aBodyWithoutLengthIsRefusedOnceItHasBeenReadPastTheLimit() {
        // The file's own limit is the service's (StreamingUpload, which stops sooner); this one bounds the whole body.
        byte[] body = new Body()
                .file("a.bin", random((int) (1000 + MultipartStream.MAX_OVERHEAD_BYTES + 1)))
                .end();
        assertThrows(Failure.PayloadTooLarge.class, () -> {
            try (UploadForm form = UploadForm.open(new ByteArrayInputStream(body), TYPE, null, 1000)) {
                form.content().readAllBytes();
            }
        });
    }

    @Test
    void aRefusedBodyIsDrainedWithinALimitBeforeTheAnswer() throws IOException {
        int[] read = {0};
        byte[] content = random(3 * 1024 * 1024);
        byte[] body = new Body()
                .field("mime_type", "application/pdf")
                .file("a.csv", content)
                .end();
        InputStream counted = new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        try (UploadForm form = UploadForm.open(counted, TYPE, (long) body.length, 10 * MAX)) {
            form.content().readNBytes(1000); // then refused, e.g. for its declared type
        }
        assertTrue(read[0] > 2 * 1024 * 1024 && read[0] < body.length, "drained 2 MiB more, not all: " + read[0]);
    }
}
