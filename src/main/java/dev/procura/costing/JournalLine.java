package dev.procura.costing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a posting preview: the account, what it is for ({@code role}: inventory, grir_clearing,
 * input_tax …), the receipt or invoice line it comes from, and the amount on its side in three
 * currencies: the document's (transaction), the account's and the tenant's. Exactly one of debit and
 * credit is non-zero in each currency.
 */
public record JournalLine(
        String role,
        UUID accountId,
        String accountCode,
        String accountName,
        Integer documentLine,
        String description,
        String currency,
        BigDecimal debit,
        BigDecimal credit,
        String accountCurrency,
        BigDecimal accountDebit,
        BigDecimal accountCredit,
        BigDecimal tenantDebit,
        BigDecimal tenantCredit) {}
