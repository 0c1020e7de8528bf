package dev.procura.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * A JSONB column held as its JSON text: bound as a {@code jsonb} object, since PostgreSQL refuses
 * a character varying parameter for a jsonb column.
 */
@Converter
public class JsonbColumn implements AttributeConverter<String, Object> {

    @Override
    public Object convertToDatabaseColumn(String json) {
        PGobject value = new PGobject();
        value.setType("jsonb");
        try {
            value.setValue(json == null ? "{}" : json);
        } catch (SQLException e) {
            throw new IllegalArgumentException(e);
        }
        return value;
    }

    @Override
    public String convertToEntityAttribute(Object column) {
        if (column == null) {
            return "{}";
        }
        return column instanceof PGobject object ? object.getValue() : column.toString();
    }
}
