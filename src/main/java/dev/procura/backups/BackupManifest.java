package dev.procura.backups;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a backup holds, stored beside its data as {@code manifest.json}: the schema it was taken at
 * (the tenant changelog's version and the changesets the database had run, in order), the data key
 * wrapped by the master key, the tables in restore order with their columns, row counts and the
 * SHA-256 of each table's COPY stream, the sequences, and the tenant's file objects (not copied:
 * they are content-addressed).
 */
public record BackupManifest(
        int formatVersion,
        UUID backupId,
        UUID tenantId,
        Instant takenAt,
        String schemaVersion,
        List<String> changesets,
        String wrappedKey,
        List<Table> tables,
        List<Sequence> sequences,
        List<FileObject> files) {

    public static final int FORMAT_VERSION = 1;

    /** One table: its columns (generated ones left out), object, rows, COPY bytes, stored bytes and digest. */
    public record Table(
            String name,
            List<String> columns,
            String object,
            long rows,
            long rawBytes,
            long storedBytes,
            String sha256) {}

    public record Sequence(String name, long lastValue, boolean called) {}

    public record FileObject(String key, long size, String etag) {}

    /** A manifest that cannot be read or is of a format this server does not know. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public String toJson() {
        JsonArrayBuilder tableArray = Json.createArrayBuilder();
        for (Table t : tables) {
            tableArray.add(Json.createObjectBuilder()
                    .add("name", t.name())
                    .add("columns", Json.createArrayBuilder(t.columns()))
                    .add("object", t.object())
                    .add("rows", t.rows())
                    .add("raw_bytes", t.rawBytes())
                    .add("stored_bytes", t.storedBytes())
                    .add("sha256", t.sha256()));
        }
        JsonArrayBuilder sequenceArray = Json.createArrayBuilder();
        for (Sequence s : sequences) {
            sequenceArray.add(Json.createObjectBuilder()
                    .add("name", s.name())
                    .add("last_value", s.lastValue())
                    .add("called", s.called()));
        }
        JsonArrayBuilder fileArray = Json.createArrayBuilder();
        for (FileObject f : files) {
            fileArray.add(Json.createObjectBuilder()
                    .add("key", f.key())
                    .add("size", f.size())
                    .add("etag", f.etag() == null ? "" : f.etag()));
        }
        return Json.createObjectBuilder()
                .add("format_version", formatVersion)
                .add("backup_id", backupId.toString())
                .add("tenant_id", tenantId.toString())
                .add("taken_at", takenAt.toString())
                .add("schema_version", schemaVersion)
                .add("changesets", Json.createArrayBuilder(changesets))
                .add("wrapped_key", wrappedKey)
                .add("tables", tableArray)
                .add("sequences", sequenceArray)
                .add("files", fileArray)
                .build()
                .toString();
    }

    public static BackupManifest parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            int format = o.getInt("format_version");
            if (format != FORMAT_VERSION) {
                throw new Unreadable(
                        "Backup manifest format " + format + " is not supported (this server reads " + FORMAT_VERSION
                                + ")",
                        null);
            }
            return new BackupManifest(
                    format,
                    UUID.fromString(o.getString("backup_id")),
                    UUID.fromString(o.getString("tenant_id")),
                    Instant.parse(o.getString("taken_at")),
                    o.getString("schema_version"),
                    strings(o, "changesets"),
                    o.getString("wrapped_key"),
                    o.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                            .map(t -> new Table(
                                    t.getString("name"),
                                    strings(t, "columns"),
                                    t.getString("object"),
                                    t.getJsonNumber("rows").longValueExact(),
                                    t.getJsonNumber("raw_bytes").longValueExact(),
                                    t.getJsonNumber("stored_bytes").longValueExact(),
                                    t.getString("sha256")))
                            .toList(),
                    o.getJsonArray("sequences").getValuesAs(JsonObject.class).stream()
                            .map(s -> new Sequence(
                                    s.getString("name"),
                                    s.getJsonNumber("last_value").longValueExact(),
                                    s.getBoolean("called")))
                            .toList(),
                    o.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                            .map(f -> new FileObject(
                                    f.getString("key"), f.getJsonNumber("size").longValueExact(), f.getString("etag")))
                            .toList());
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | IllegalArgumentException
                | java.time.format.DateTimeParseException e) {
            throw new Unreadable("The backup manifest cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
