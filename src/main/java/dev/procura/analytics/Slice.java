package dev.procura.analytics;

import dev.procura.platform.failures.Failure;
import dev.procura.suppliers.SupplierFacts.Summary;
import java.util.Map;
import java.util.UUID;

/**
 * The filters of an analytics call; null: not filtered. {@code category} keeps the suppliers in
 * that category, {@code costCentre} and {@code currency} the documents that name them.
 */
record Slice(UUID supplierId, String category, String costCentre, String currency) {

    Slice {
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new Failure.InvalidInput("currency", "must be an ISO 4217 code such as EUR");
        }
    }

    /** Whether a supplier passes the supplier and category filters. */
    boolean keeps(UUID supplier, Map<UUID, Summary> summaries) {
        if (supplierId != null && !supplierId.equals(supplier)) {
            return false;
        }
        if (category == null) {
            return true;
        }
        Summary summary = summaries.get(supplier);
        return summary != null && summary.categories().contains(category);
    }

    /** Whether a document of this cost centre and currency passes (null values only pass unfiltered). */
    boolean keeps(String documentCostCentre, String documentCurrency) {
        return (costCentre == null || costCentre.equals(documentCostCentre))
                && (currency == null || currency.equals(documentCurrency));
    }
}
