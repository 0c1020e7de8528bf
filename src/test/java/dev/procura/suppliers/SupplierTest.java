package dev.procura.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");

    private final Supplier supplier = new Supplier("ACME-01", CREATED);

    private static SupplierRequests.Details details(List<String> categories) {
        return new SupplierRequests.Details(
                "ACME-02",
                "Acme Office Supplies Ltd",
                "PT509999999",
                "PT",
                "EUR",
                "NET 30",
                categories,
                List.of(),
                List.of(),
                "preferred",
                null,
                null);
    }

    @Test
    void aNewSupplierIsActiveAndUnrated() {
        assertTrue(supplier.isActive());
        assertEquals("active", supplier.status());
        assertEquals("ACME-01", supplier.code());
        assertEquals(CREATED, supplier.createdAt());
        assertNull(supplier.rating());
        assertEquals(0, supplier.ratingsCount());
    }

    @Test
    void describeReplacesTheMasterData() {
        supplier.describe(details(List.of("it", "office-supplies")), "[{\"name\":\"Ann\"}]", "[]", LATER);

        assertEquals("ACME-02", supplier.code());
        assertEquals("Acme Office Supplies Ltd", supplier.legalName());
        assertEquals("PT509999999", supplier.taxId());
        assertEquals("PT", supplier.country());
        assertEquals("EUR", supplier.currency());
        assertEquals("NET 30", supplier.paymentTerms());
        assertEquals(List.of("it", "office-supplies"), supplier.categories());
        assertEquals("[{\"name\":\"Ann\"}]", supplier.contactsJson());
        assertEquals("[]", supplier.addressesJson());
        assertEquals("preferred", supplier.notes());
        assertEquals(LATER, supplier.updatedAt());
    }

    @Test
    void noCategoriesOrNullCategoriesReadBackAsAnEmptyList() {
        supplier.describe(details(List.of()), "[]", "[]", LATER);
        assertEquals(List.of(), supplier.categories());

        supplier.describe(details(null), "[]", "[]", LATER);
        assertEquals(List.of(), supplier.categories());

        supplier.describe(details(List.of("it")), "[]", "[]", LATER);
        assertEquals(List.of("it"), supplier.categories());
    }

    @Test
    void deactivationAndReactivationFlipTheStatusAndStampTheTime() {
        supplier.deactivate(LATER);
        assertFalse(supplier.isActive());
        assertEquals("inactive", supplier.status());
        assertEquals(LATER, supplier.updatedAt());

        supplier.activate(LATER.plusSeconds(60));
        assertTrue(supplier.isActive());
        assertEquals(LATER.plusSeconds(60), supplier.updatedAt());
        assertEquals(CREATED, supplier.createdAt());
    }

    @Test
    void theRatingIsTheMeanOfAllOverallMarksRoundedOnce() {
        supplier.rated(16, 1);
        assertEquals(new BigDecimal("4.00"), supplier.rating());
        assertEquals(1, supplier.ratingsCount());

        supplier.rated(16 + 12, 2);
        assertEquals(new BigDecimal("3.50"), supplier.rating());

        supplier.rated(16 + 12 + 20 + 5, 4);
        assertEquals(new BigDecimal("3.31"), supplier.rating(), "13.25 / 4 = 3.3125");
        assertEquals(4, supplier.ratingsCount());
    }

    @Test
    void manyRatingsDoNotDriftFromTheirTrueMean() {
        // Six overall marks of 1.00 and one of 1.25: 7.25 / 7 = 1.0357. Folding each into the
        // rounded running average gave 1.03; the mean of the totals is 1.04, as SQL AVG says.
        supplier.rated(6 * 4 + 5, 7);
        assertEquals(new BigDecimal("1.04"), supplier.rating());
    }

    @ParameterizedTest(name = "{0}+{1}+{2}+{3} -> {4}")
    @CsvSource({"5, 5, 5, 5, 5.00", "1, 1, 1, 1, 1.00", "4, 3, 5, 2, 3.50", "1, 1, 1, 2, 1.25", "5, 4, 4, 4, 4.25"})
    void aRatingsOverallMarkIsTheMeanOfItsFourMarks(int quality, int delivery, int price, int service, String overall) {
        UUID supplierId = UUID.randomUUID();
        UUID rater = UUID.randomUUID();
        UUID order = UUID.randomUUID();

        SupplierRating rating = new SupplierRating(
                supplierId, rater, new SupplierRequests.Rate(quality, delivery, price, service, "ok", order), CREATED);

        assertEquals(new BigDecimal(overall), rating.overall());
        assertEquals(supplierId, rating.supplierId());
        assertEquals(rater, rating.ratedBy());
        assertEquals(order, rating.purchaseOrderId());
        assertEquals(quality, rating.quality());
        assertEquals(delivery, rating.delivery());
        assertEquals(price, rating.price());
        assertEquals(service, rating.service());
        assertEquals("ok", rating.comment());
        assertEquals(CREATED, rating.createdAt());
    }
}
