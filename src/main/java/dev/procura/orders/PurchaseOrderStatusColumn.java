package dev.procura.orders;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A purchase order's status in its column, as its lower-case name. */
@Converter
public class PurchaseOrderStatusColumn implements AttributeConverter<PurchaseOrder.Status, String> {

    @Override
    public String convertToDatabaseColumn(PurchaseOrder.Status status) {
        return PurchaseOrder.MACHINE.column(status);
    }

    @Override
    public PurchaseOrder.Status convertToEntityAttribute(String column) {
        return PurchaseOrder.MACHINE.status(column);
    }
}
