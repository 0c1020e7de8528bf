package dev.procura.costing;

import java.util.UUID;

/** A GL account as a journal line names it; {@code currency} null means the tenant currency. */
public record PostingAccount(UUID id, String code, String name, String currency) {}
