package dev.procura.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Marks a UUID inside an element collection as a plain value: without a converter EclipseLink
 * serializes such a UUID to bytes, which PostgreSQL refuses for a uuid column.
 */
@Converter
public class UuidColumn implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
