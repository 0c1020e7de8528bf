package dev.procura.platform.buying;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One item's unit price on a buying document, filed under the document it is compared against:
 * an order's lines under their quote, an invoice's under their order, a quote's or an order's own
 * lines under themselves. Null when the line has no price.
 */
public record PricedLine(UUID documentId, String itemCode, BigDecimal unitPrice) {}
