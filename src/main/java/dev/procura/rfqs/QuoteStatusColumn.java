package dev.procura.rfqs;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A quote's status in its column, as its lower-case name. */
@Converter
public class QuoteStatusColumn implements AttributeConverter<Quote.Status, String> {

    @Override
    public String convertToDatabaseColumn(Quote.Status status) {
        return Quote.MACHINE.column(status);
    }

    @Override
    public Quote.Status convertToEntityAttribute(String column) {
        return Quote.MACHINE.status(column);
    }
}
