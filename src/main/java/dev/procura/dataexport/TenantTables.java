package dev.procura.dataexport;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Every table of a tenant database, read generically as rows of JSON objects. This is a
 * platform-level dump of the tenant's whole database, like a backup: it names no capability's
 * tables and maps no entity, so it reads them all through the catalogue rather than asking each
 * capability (the one justified exception to "a capability touches only its own tables").
 */
final class TenantTables {

    /** Liquibase's bookkeeping, not the tenant's data. */
    private static final Set<String> SKIPPED = Set.of("databasechangelog", "databasechangeloglock");

    private static final int FETCH_SIZE = 500;

    private final Connection connection;

    /** On a connection of the tenant's database in a transaction (no auto-commit: the driver streams with a cursor). */
    TenantTables(Connection connection) {
        this.connection = connection;
    }

    /** Every later read sees one snapshot of the database, so the files agree with each other. */
    void freezeSnapshot() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    List<String> names() throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement tables = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
                ResultSet rs = tables.executeQuery()) {
            while (rs.next()) {
                if (!SKIPPED.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Writes the table as a JSON array of row objects, a batch of rows at a time; returns the row count. */
    long write(String table, OutputStream out) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery("SELECT * FROM " + quoted(table));
                    JsonGenerator json = Json.createGenerator(out)) {
                ResultSetMetaData columns = rs.getMetaData();
                json.writeStartArray();
                while (rs.next()) {
                    json.writeStartObject();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        writeValue(json, columns.getColumnLabel(i), columns.getColumnTypeName(i), rs, i);
                    }
                    json.writeEnd();
                    rows++;
                }
                json.writeEnd();
            }
        }
        return rows;
    }

    private static void writeValue(JsonGenerator json, String name, String type, ResultSet rs, int i)
            throws SQLException {
        if (rs.getObject(i) == null) {
            json.writeNull(name);
            return;
        }
        switch (type) {
            case "bool" -> json.write(name, rs.getBoolean(i));
            case "int2", "int4", "int8" -> json.write(name, rs.getLong(i));
            case "numeric" -> json.write(name, rs.getBigDecimal(i));
            case "float4", "float8" -> writeDouble(json, name, rs.getDouble(i));
            case "timestamptz" ->
                json.write(
                        name, rs.getObject(i, OffsetDateTime.class).toInstant().toString());
            case "bytea" -> json.write(name, Base64.getEncoder().encodeToString(rs.getBytes(i)));
            case "json", "jsonb" -> writeJson(json, name, rs.getString(i));
            default -> json.write(name, rs.getString(i));
        }
    }

    private static void writeDouble(JsonGenerator json, String name, double value) {
        if (Double.isFinite(value)) {
            json.write(name, value);
        } else {
            json.write(name, Double.toString(value));
        }
    }

    /** A JSON column as the JSON it holds, not as a string of JSON. */
    private static void writeJson(JsonGenerator json, String name, String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            json.write(name, reader.readValue());
        } catch (JsonException e) {
            json.write(name, text);
        }
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
