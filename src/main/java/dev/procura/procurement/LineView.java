package dev.procura.procurement;

import java.math.BigDecimal;

/** A line in an answer; {@code line} numbers from 1. */
public record LineView(
        int line,
        String itemCode,
        String description,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        String taxCode,
        BigDecimal netAmount,
        BigDecimal taxAmount,
        BigDecimal totalAmount) {

    public static java.util.List<LineView> of(java.util.List<LineItem> lines) {
        java.util.List<LineView> views = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineItem l = lines.get(i);
            views.add(new LineView(
                    i + 1,
                    l.itemCode(),
                    l.description(),
                    l.quantity(),
                    l.unit(),
                    l.unitPrice(),
                    l.taxRate(),
                    l.taxCode(),
                    l.netAmount(),
                    l.taxAmount(),
                    l.totalAmount()));
        }
        return views;
    }
}
