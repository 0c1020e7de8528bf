package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final Optional<Set<String>> DEFECTS = Optional.of(Set.of("burr", "scratch"));

    static InspectionPlanRequests.CharacteristicRequest variable(
            String code, String lower, String nominal, String upper) {
        return new InspectionPlanRequests.CharacteristicRequest(
                code,
                "Diameter",
                "variable",
                nominal == null ? null : new BigDecimal(nominal),
                lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper),
                "mm",
                "Micrometer",
                5,
                "every batch",
                null,
                null);
    }

    static InspectionPlanRequests.CharacteristicRequest attribute(String code, List<String> defects) {
        return new InspectionPlanRequests.CharacteristicRequest(
                code, "Finish", "attribute", null, null, null, null, "Visual", 1, null, 50, defects);
    }

    static InspectionPlanRequests.Define plan(
            String scope, String operation, InspectionPlanRequests.CharacteristicRequest... characteristics) {
        return new InspectionPlanRequests.Define("SHAFT", scope, operation, "Shaft", null, List.of(characteristics));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aPlanWithOrderedLimitsAndKnownDefectCodesIsValid() {
        assertTrue(PlanRules.check(
                        plan("receipt", null, variable("DIA", "19.9", "20", "20.1"), attribute("FIN", List.of("burr"))),
                        true,
                        DEFECTS)
                .isEmpty());
    }

    @Test
    void limitsOutOfOrderAreReportedOnTheFieldsThatBreakThem() {
        List<FieldError> errors = PlanRules.check(
                plan(
                        "receipt",
                        null,
                        variable("A", "20.1", "20", "19.9"),
                        variable("B", "19.9", "19.9", "20.1"),
                        variable("C", "19.9", "20.1", "20.1")),
                true,
                DEFECTS);

        assertEquals(
                List.of(
                        "characteristics[0].upper_spec",
                        "characteristics[0].nominal",
                        "characteristics[0].nominal",
                        "characteristics[1].nominal",
                        "characteristics[2].nominal"),
                fields(errors));
    }

    @Test
    void oneSidedLimitsNeedNoNominal() {
        assertTrue(PlanRules.check(plan("receipt", null, variable("A", null, null, "5")), true, DEFECTS)
                .isEmpty());
    }

    @Test
    void anOperationPlanNamesItsOperationAndAReceiptPlanNone() {
        assertEquals(
                List.of("operation"),
                fields(PlanRules.check(plan("operation", null, variable("A", "1", "2", "3")), true, DEFECTS)));
        assertEquals(
                List.of("operation"),
                fields(PlanRules.check(plan("receipt", "TURN", variable("A", "1", "2", "3")), true, DEFECTS)));
    }

    @Test
    void defectCodesComeFromTheTypeList() {
        assertEquals(
                List.of("characteristics[0].defect_codes"),
                fields(PlanRules.check(
                        plan("receipt", null, attribute("FIN", List.of("burr", "dent"))), true, DEFECTS)));
        assertEquals(
                List.of("characteristics[0].defect_codes"),
                fields(PlanRules.check(
                        plan("receipt", null, attribute("FIN", List.of("burr"))), true, Optional.empty())));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        List<FieldError> errors = PlanRules.check(
                plan("operation", null, variable("A", "3", null, "1"), variable("A", null, null, null)),
                false,
                DEFECTS);

        assertEquals(
                List.of("item_code", "operation", "characteristics[0].upper_spec", "characteristics[1].code"),
                fields(errors));
    }
}
