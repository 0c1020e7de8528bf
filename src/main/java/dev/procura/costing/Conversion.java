package dev.procura.costing;

import java.math.BigDecimal;

/** An amount in another currency on the document's date, rounded to that currency's minor units. */
@FunctionalInterface
interface Conversion {

    BigDecimal convert(BigDecimal amount, String from, String to);
}
