package dev.procura.customfields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each field type's checks and normal forms, and the filter values lists compare with. */
class ValueRulesTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();

    private static final ValueRules.Lookups LOOKUPS = new ValueRules.Lookups() {
        @Override
        public Optional<Set<String>> choices(String typeList) {
            return "tiers".equals(typeList) ? Optional.of(Set.of("gold", "silver")) : Optional.empty();
        }

        @Override
        public boolean isMember(UUID userId) {
            return MEMBER.equals(userId);
        }

        @Override
        public boolean exists(String entityType, UUID id) {
            return "supplier".equals(entityType) && SUPPLIER.equals(id);
        }
    };

    private static ValueRules.Shape shape(FieldType type) {
        return new ValueRules.Shape(type, null, null, null, "tiers", "supplier");
    }

    private static Object ok(ValueRules.Shape shape, Object raw) throws ValueRules.Invalid {
        return ValueRules.normalize(shape, raw, LOOKUPS);
    }

    private static String refused(ValueRules.Shape shape, Object raw) {
        return assertThrows(ValueRules.Invalid.class, () -> ValueRules.normalize(shape, raw, LOOKUPS))
                .getMessage();
    }

    @Test
    void textKeepsItsLengthBoundsAndPattern() throws Exception {
        ValueRules.Shape code = new ValueRules.Shape(
                FieldType.TEXT, BigDecimal.valueOf(3), BigDecimal.valueOf(6), "[A-Z]+", null, null);
        assertEquals("ABCD", ok(code, "ABCD"));
        assertEquals("must be at least 3 characters", refused(code, "AB"));
        assertEquals("must be at most 6 characters", refused(code, "ABCDEFG"));
        assertEquals("must match [A-Z]+", refused(code, "abcd"));
        assertEquals("must be text", refused(code, 12));
        assertEquals(
                "must be at most " + ValueRules.LONG_TEXT_MAX + " characters",
                refused(shape(FieldType.LONG_TEXT), "x".repeat(ValueRules.LONG_TEXT_MAX + 1)));
    }

    @Test
    void aCatastrophicPatternFailsTheValueInsteadOfHoldingTheThread() {
        // Java memoises the classic (a+)+b; nested .* quantifiers still explode polynomially.
        ValueRules.Shape evil = new ValueRules.Shape(FieldType.TEXT, null, null, "(.*a){20}", null, null);
        assertTrue(refused(evil, "a".repeat(30) + "!").contains("too costly"));
    }

    @Test
    void numbersAreBoundedAndIntegersWhole() throws Exception {
        ValueRules.Shape score =
                new ValueRules.Shape(FieldType.DECIMAL, BigDecimal.ZERO, BigDecimal.valueOf(100), null, null, null);
        assertEquals(new BigDecimal("87.5"), ok(score, new BigDecimal("87.5")));
        assertEquals("must be at least 0", refused(score, new BigDecimal("-1")));
        assertEquals("must be at most 100", refused(score, 101));
        assertEquals("must be a number", refused(score, "87"));
        assertEquals(new BigDecimal("12"), ok(shape(FieldType.INTEGER), new BigDecimal("12.0")));
        assertEquals("must be a whole number", refused(shape(FieldType.INTEGER), new BigDecimal("1.5")));
        assertTrue(refused(shape(FieldType.INTEGER), new BigDecimal("1e20")).startsWith("must be between"));
        assertTrue(
                refused(shape(FieldType.DECIMAL), new BigDecimal("0.123456789")).contains("8 after"));
    }

    @Test
    void moneyNeedsAnAmountAndACurrency() throws Exception {
        assertEquals(
                Map.of("amount", new BigDecimal("12.50"), "currency", "EUR"),
                ok(shape(FieldType.MONEY), Map.of("amount", new BigDecimal("12.50"), "currency", "EUR")));
        assertEquals(
                "currency must be an ISO 4217 code",
                refused(shape(FieldType.MONEY), Map.of("amount", 1, "currency", "eur")));
        assertTrue(refused(shape(FieldType.MONEY), Map.of("amount", 1)).startsWith("must be an object"));
        assertTrue(refused(shape(FieldType.MONEY), Map.of("amount", 1, "currency", "EUR", "rate", 2))
                .startsWith("must be an object"));
    }

    @Test
    void datesAndDateTimesAreNormalisedSoTheySortAsText() throws Exception {
        assertEquals("2026-01-05", ok(shape(FieldType.DATE), "2026-01-05"));
        assertEquals("must be a date (YYYY-MM-DD)", refused(shape(FieldType.DATE), "05/01/2026"));
        assertEquals("2026-03-01T09:15:30.000Z", ok(shape(FieldType.DATETIME), "2026-03-01T10:15:30+01:00"));
        assertEquals("2026-03-01T09:15:30.500Z", ok(shape(FieldType.DATETIME), "2026-03-01T09:15:30.5Z"));
        assertTrue(refused(shape(FieldType.DATETIME), "2026-03-01T10:15:30").contains("offset"));
    }

    @Test
    void choicesUsersAndReferencesAreLookedUp() throws Exception {
        assertEquals("gold", ok(shape(FieldType.SINGLE_CHOICE), "gold"));
        assertTrue(refused(shape(FieldType.SINGLE_CHOICE), "platinum").contains("tiers"));
        assertEquals(List.of("gold", "silver"), ok(shape(FieldType.MULTI_CHOICE), List.of("gold", "silver")));
        assertEquals("names gold twice", refused(shape(FieldType.MULTI_CHOICE), List.of("gold", "gold")));
        assertTrue(refused(shape(FieldType.MULTI_CHOICE), "gold").startsWith("must be a list"));
        assertEquals(MEMBER.toString(), ok(shape(FieldType.USER), MEMBER.toString()));
        assertTrue(refused(shape(FieldType.USER), UUID.randomUUID().toString()).contains("member"));
        assertTrue(refused(shape(FieldType.USER), "bob").contains("member"));
        assertEquals(SUPPLIER.toString(), ok(shape(FieldType.ENTITY_REFERENCE), SUPPLIER.toString()));
        assertEquals(
                "names no supplier of this tenant",
                refused(shape(FieldType.ENTITY_REFERENCE), UUID.randomUUID().toString()));
        assertEquals(Boolean.TRUE, ok(shape(FieldType.BOOLEAN), true));
        assertEquals("must be true or false", refused(shape(FieldType.BOOLEAN), "true"));
    }

    @Test
    void filterValuesParseAsTheFieldsType() throws Exception {
        assertEquals(new BigDecimal("80"), ValueRules.filterValue(FieldType.DECIMAL, "80"));
        assertEquals(new BigDecimal("3"), ValueRules.filterValue(FieldType.INTEGER, "3"));
        assertEquals(Boolean.FALSE, ValueRules.filterValue(FieldType.BOOLEAN, "false"));
        assertEquals("2026-03-01T09:15:30.000Z", ValueRules.filterValue(FieldType.DATETIME, "2026-03-01T09:15:30Z"));
        assertEquals("gold", ValueRules.filterValue(FieldType.SINGLE_CHOICE, "gold"));
        assertThrows(ValueRules.Invalid.class, () -> ValueRules.filterValue(FieldType.DECIMAL, "high"));
        assertThrows(ValueRules.Invalid.class, () -> ValueRules.filterValue(FieldType.BOOLEAN, "yes"));
        assertThrows(ValueRules.Invalid.class, () -> ValueRules.filterValue(FieldType.DATE, "tomorrow"));
    }

    @Test
    void storedJsonRoundTripsThroughPlainValues() {
        String json =
                "{\"a\":1.50,\"b\":[\"x\",\"y\"],\"c\":{\"amount\":2,\"currency\":\"EUR\"},\"d\":true,\"e\":null}";
        Map<String, Object> values = JsonValues.parse(json);
        assertEquals(new BigDecimal("1.50"), values.get("a"));
        assertEquals(List.of("x", "y"), values.get("b"));
        assertEquals(json, JsonValues.write(values));
        assertEquals(Map.of(), JsonValues.parse(null));
        assertEquals(
                List.of("1.50", "x", "y", "2", "EUR"), dev.procura.platform.customfields.CustomFieldText.words(values));
    }
}
