package dev.procura.invoices;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An invoice's status in its column, as its lower-case name. */
@Converter
public class InvoiceStatusColumn implements AttributeConverter<Invoice.Status, String> {

    @Override
    public String convertToDatabaseColumn(Invoice.Status status) {
        return Invoice.MACHINE.column(status);
    }

    @Override
    public Invoice.Status convertToEntityAttribute(String column) {
        return Invoice.MACHINE.status(column);
    }
}
