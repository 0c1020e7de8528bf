package dev.procura.accounts;

import java.util.List;

/**
 * The small chart a tenant may start from: a group per type that buying posts to, with the
 * postable accounts receipts and invoices need (inventory, expense, GR/IR clearing, recoverable
 * input tax, payables, freight and duty, price variance). Parents come before their children.
 */
final class DefaultChart {

    private DefaultChart() {}

    static final List<GlAccountRequests.Define> ACCOUNTS = List.of(
            group("1000", "Assets", "asset"),
            postable("1400", "Inventory", "asset", "1000"),
            postable("1570", "Input tax (recoverable VAT)", "asset", "1000"),
            group("2000", "Liabilities", "liability"),
            postable("2100", "Accounts payable", "liability", "2000"),
            postable("2150", "GR/IR clearing", "liability", "2000"),
            group("5000", "Expenses", "expense"),
            postable("5100", "Purchased goods and services", "expense", "5000"),
            postable("5200", "Freight and duty", "expense", "5000"),
            postable("5300", "Purchase price variance", "expense", "5000"));

    private static GlAccountRequests.Define group(String code, String name, String type) {
        return new GlAccountRequests.Define(code, name, type, GlAccountRules.GROUP, null, null, null, true);
    }

    private static GlAccountRequests.Define postable(String code, String name, String type, String parent) {
        return new GlAccountRequests.Define(code, name, type, GlAccountRules.POSTABLE, null, null, parent, true);
    }
}
