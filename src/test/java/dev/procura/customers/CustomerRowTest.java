package dev.procura.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procura.platform.imports.RowRequests;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A flat import row as the customers API body: addresses and contact from their column groups. */
class CustomerRowTest {

    private static CustomerRow row(String shippingCity, String contactName, BigDecimal limit, String limitCurrency) {
        return new CustomerRow(
                "C-1",
                "Nordwind",
                " ",
                "EUR",
                "NET30",
                limit,
                limitCurrency,
                null,
                "Hafenstrasse 12",
                null,
                "Hamburg",
                "20457",
                "DE",
                null,
                null,
                shippingCity,
                null,
                shippingCity == null ? null : "DE",
                contactName,
                null,
                null,
                null,
                Map.of("segment", "retail"));
    }

    @Test
    void theColumnsAreTheRowsComponentsInSnakeCaseWithoutCustomFields() {
        List<String> columns = RowRequests.columns(CustomerRow.class);
        assertEquals("code", columns.get(0));
        assertEquals(22, columns.size());
        assertEquals(
                List.of("billing_line1", "billing_line2", "billing_city", "billing_postal_code", "billing_country"),
                columns.subList(8, 13));
    }

    @Test
    void onlyFilledGroupsBecomeAddressesAndContacts() {
        CustomerRequests.Define billingOnly = row(null, null, null, null).request();
        assertEquals(1, billingOnly.addresses().size());
        assertEquals("billing", billingOnly.addresses().get(0).type());
        assertEquals(List.of(), billingOnly.contacts());
        assertNull(billingOnly.taxId(), "a blank cell is no value");
        assertNull(billingOnly.creditLimit());
        assertEquals(Map.of("segment", "retail"), billingOnly.customFields());

        CustomerRequests.Define full =
                row("Bremen", "Jana Vogel", new BigDecimal("5000"), null).request();
        assertEquals(
                List.of("billing", "shipping"),
                full.addresses().stream().map(CustomerRequests.Address::type).toList());
        assertEquals("Jana Vogel", full.contacts().get(0).name());
        assertEquals("EUR", full.creditLimit().currency(), "the limit is in the customer's currency unless stated");
    }
}
