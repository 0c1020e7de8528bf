package dev.procura.rfqs;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An RFQ's status in its column, as its lower-case name. */
@Converter
public class RfqStatusColumn implements AttributeConverter<Rfq.Status, String> {

    @Override
    public String convertToDatabaseColumn(Rfq.Status status) {
        return Rfq.MACHINE.column(status);
    }

    @Override
    public Rfq.Status convertToEntityAttribute(String column) {
        return Rfq.MACHINE.status(column);
    }
}
