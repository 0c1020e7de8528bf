package dev.procura.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;

/** The sums of a priced document's lines, in its currency: the same three columns on every such table. */
@Embeddable
public class DocumentTotals {

    private BigDecimal subtotal;

    @Column(name = "tax_total")
    private BigDecimal taxTotal;

    private BigDecimal total;

    protected DocumentTotals() {}

    DocumentTotals(BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total) {
        this.subtotal = subtotal;
        this.taxTotal = taxTotal;
        this.total = total;
    }

    /** Sums the priced lines; lines without a price (an RFQ's) add nothing. */
    public static DocumentTotals of(List<LineItem> lines, String currency) {
        BigDecimal net = Money.zero(currency);
        BigDecimal tax = Money.zero(currency);
        for (LineItem line : lines) {
            if (line.netAmount() != null) {
                net = net.add(line.netAmount());
                tax = tax.add(line.taxAmount());
            }
        }
        return new DocumentTotals(net, tax, net.add(tax));
    }

    public BigDecimal subtotal() {
        return subtotal;
    }

    public BigDecimal taxTotal() {
        return taxTotal;
    }

    public BigDecimal total() {
        return total;
    }
}
