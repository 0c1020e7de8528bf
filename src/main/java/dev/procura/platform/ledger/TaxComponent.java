package dev.procura.platform.ledger;

import java.math.BigDecimal;

/**
 * One tax of a tax code, in percent: on the net amount, or when {@code compound} on the net amount
 * plus the taxes of the components before it (a tax on tax, e.g. Quebec's QST on GST before 2013).
 */
public record TaxComponent(String name, BigDecimal rate, boolean compound) {}
