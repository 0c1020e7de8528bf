package dev.procura.platform.ledger;

import java.math.BigDecimal;

/** A line to tax: its amount (the net, or the gross when the terms are inclusive) and the terms. */
public record TaxLine(BigDecimal amount, TaxTerms terms) {}
