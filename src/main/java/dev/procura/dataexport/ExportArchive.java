package dev.procura.dataexport;

import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.storage.StreamedObject;
import dev.procura.platform.tenancy.TenantSchema;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a tenant's export ZIP straight to S3 as it is made (a multipart upload, never the whole
 * ZIP in memory): {@code <table>.json} per table of the tenant database, read in one snapshot;
 * the tenant's stored files under {@code files/}; and {@code manifest.json} with the counts.
 */
@ApplicationScoped
public class ExportArchive {

    static final String FORMAT = "procura-tenant-export/1";

    @Inject
    TenantTransactions tenantData;

    @Inject
    BlobStore blobs;

    @Resource
    ManagedExecutorService partUploads;

    /** Writes the archive under {@code key}, visible only once complete; returns its size and contents. */
    Written write(UUID tenantId, UUID exportId, String key, Instant generatedAt) {
        try (StreamedObject object = StreamedObject.open(blobs, partUploads, key, "application/zip");
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(object, 64 * 1024))) {
            Map<String, Long> rows = tenantData.callOnConnection(tenantId, connection -> {
                TenantTables tables = new TenantTables(connection);
                tables.freezeSnapshot();
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : tables.names()) {
                    zip.putNextEntry(new ZipEntry(table + ".json"));
                    counts.put(table, tables.write(table, kept(zip)));
                    zip.closeEntry();
                }
                return counts;
            });
            ExportContents contents = writeFiles(tenantId, zip, rows);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            writeManifest(kept(zip), tenantId, exportId, generatedAt, contents);
            zip.closeEntry();
            zip.finish();
            zip.flush();
            return new Written(object.publish(), contents);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export archive", e);
        }
    }

    /** The archive's size in bytes and what it holds. */
    record Written(long bytes, ExportContents contents) {}

    /** Every object under the tenant's files prefix (the documents' content), as stored. */
    private ExportContents writeFiles(UUID tenantId, ZipOutputStream zip, Map<String, Long> rows) throws IOException {
        String prefix = "tenants/" + tenantId + "/files/";
        int files = 0;
        long bytes = 0;
        for (String key : blobs.list(prefix).keySet()) {
            zip.putNextEntry(new ZipEntry("files/" + key.substring(prefix.length())));
            try (InputStream content = blobs.open(key)) {
                bytes += content.transferTo(zip);
            }
            zip.closeEntry();
            files++;
        }
        return new ExportContents(rows, files, bytes);
    }

    private static void writeManifest(
            OutputStream out, UUID tenantId, UUID exportId, Instant generatedAt, ExportContents contents) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("format", FORMAT)
                    .write("tenant_id", tenantId.toString())
                    .write("export_id", exportId.toString())
                    .write("generated_at", generatedAt.toString())
                    .write("schema_version", TenantSchema.currentVersion())
                    .writeStartObject("entities");
            contents.rowsByTable().forEach((table, count) -> json.write(table, count));
            json.writeEnd()
                    .writeStartObject("files")
                    .write("count", contents.files())
                    .write("bytes", contents.fileBytes())
                    .writeEnd()
                    .writeEnd();
        }
    }

    /** The ZIP as a stream whose close ends nothing: a JSON writer closes its stream when done. */
    private static OutputStream kept(ZipOutputStream zip) {
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
