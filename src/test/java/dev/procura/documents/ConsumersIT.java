package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import dev.procura.support.Uploads;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The event consumers (MicroProfile Reactive Messaging) against the real broker. */
@MicroShedTest
class ConsumersIT {

    private static JsonObject fileWhen(
            Member admin, UUID tenant, String fileId, java.util.function.Predicate<Reply> done)
            throws InterruptedException {
        Reply reply = null;
        for (int i = 0; i < 80; i++) {
            reply = Api.get(Tenants.path(tenant, "/files/" + fileId), admin.token());
            if (done.test(reply)) {
                return reply.status() == 200 ? reply.json() : null;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("condition not reached; last answer " + reply.status() + " " + reply.body());
    }

    @Test
    void uploadedTextIsExtractedForSearch() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Extraction");
        String marker = "flange-" + UUID.randomUUID();
        String fileId = Uploads.upload(admin.token(), tenant, "notes.txt", "Quote for 40 stainless " + marker + "\n")
                .expect(201)
                .json()
                .getJsonObject("file")
                .getString("id");

        JsonObject file = fileWhen(
                admin, tenant, fileId, r -> r.status() == 200 && r.json().containsKey("text_preview"));
        assertTrue(file.getString("text_preview").contains(marker), file.toString());
        assertTrue(file.getString("metadata").contains("text/plain"), file.getString("metadata"));
    }

    @Test
    void pdfDocxAndXlsxTextIsExtracted() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Office formats");
        String marker = "M" + UUID.randomUUID().toString().substring(0, 8);

        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("Purchase order " + marker);
            document.write(docx);
        }
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.createSheet("Lines").createRow(0).createCell(0).setCellValue("Invoice line " + marker);
            workbook.write(xlsx);
        }
        java.util.Map<String, byte[]> uploads = java.util.Map.of(
                "order.docx",
                docx.toByteArray(),
                "invoice.xlsx",
                xlsx.toByteArray(),
                "quote.pdf",
                minimalPdf("Quote " + marker));
        for (var upload : uploads.entrySet()) {
            String fileId = Uploads.upload(
                            admin.token(), tenant, upload.getKey(), upload.getValue(), java.util.Map.of())
                    .expect(201)
                    .json()
                    .getJsonObject("file")
                    .getString("id");
            JsonObject file = fileWhen(
                    admin, tenant, fileId, r -> r.status() == 200 && r.json().containsKey("text_preview"));
            assertTrue(file.getString("text_preview").contains(marker), upload.getKey() + ": " + file);
        }
    }

    @Test
    void aDocumentTikaCannotReadIsMarkedUnreadableAndLaterFilesAreStillExtracted() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Unreadable");
        String broken = Uploads.upload(
                        admin.token(),
                        tenant,
                        "broken.pdf",
                        "%PDF-1.4\n1 0 obj << /Type /Catalog\n%%EOF\n"
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        java.util.Map.of())
                .expect(201)
                .json()
                .getJsonObject("file")
                .getString("id");
        JsonObject file = fileWhen(
                admin, tenant, broken, r -> r.status() == 200 && r.json().containsKey("metadata"));
        assertTrue(file.getString("metadata").contains("extraction_error"), file.toString());

        String marker = "after-" + UUID.randomUUID();
        String next = Uploads.upload(admin.token(), tenant, "next.txt", "Readable " + marker + "\n")
                .expect(201)
                .json()
                .getJsonObject("file")
                .getString("id");
        JsonObject readable =
                fileWhen(admin, tenant, next, r -> r.status() == 200 && r.json().containsKey("text_preview"));
        assertTrue(readable.getString("text_preview").contains(marker), readable.toString());
    }

    /** A one-page PDF showing {@code text} in Helvetica, written by hand (no PDF library needed). */
    private static byte[] minimalPdf(String text) {
        String content = "BT /F1 18 Tf 20 80 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void aPoisonMessageIsParkedOnTheDeadLetterTopicAndTheNextOnesAreHandled() throws Exception {
        String poison = "not an envelope " + UUID.randomUUID();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("document.deleted", "poison", poison))
                    .get();
        }

        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "After the poison");
        JsonObject document = Uploads.upload(admin.token(), tenant, "x.csv", "a,b\n" + UUID.randomUUID() + ",1\n")
                .expect(201)
                .json();
        String fileId = document.getJsonObject("file").getString("id");
        Api.delete(Tenants.path(tenant, "/documents/" + document.getString("id")), admin.token())
                .expect(204);

        fileWhen(admin, tenant, fileId, r -> r.status() == 404);
        List<JsonObject> parked = Topics.events(
                "document.deleted.dlq", e -> poison.equals(e.getString("payload", "")), Duration.ofSeconds(20));
        assertEquals(1, parked.size());
        assertTrue(
                parked.get(0).getString("error").contains("unreadable envelope"),
                parked.get(0).toString());
        assertEquals("document.deleted", parked.get(0).getString("topic"));
    }
}
