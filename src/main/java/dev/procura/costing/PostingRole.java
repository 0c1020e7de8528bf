package dev.procura.costing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a posting line is for; each role is posted to the GL account the tenant assigns it under
 * {@code /posting-accounts}. Stock items (purchased, manufactured, or not in the item master) go to
 * inventory, services to expense; landed charges are credited to an accrual per charge type.
 */
public enum PostingRole {
    INVENTORY,
    EXPENSE,
    GRIR_CLEARING,
    PAYABLES,
    PRICE_VARIANCE,
    INPUT_TAX,
    FREIGHT,
    DUTY,
    INSURANCE,
    OTHER_CHARGES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(PostingRole::key).toList();
    }

    static PostingRole of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The accrual a charge of the type is credited to. */
    static PostingRole ofCharge(String chargeType) {
        return "other".equals(chargeType) ? OTHER_CHARGES : of(chargeType);
    }
}
