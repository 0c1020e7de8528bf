package dev.procura.quality;

import dev.procura.platform.failures.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a plan beyond its fields' own: an operation plan names its operation, codes are
 * unique, a variable's limits are in order (lower < nominal < upper), an attribute has no limits
 * and its defect codes are active values of the tenant's type list {@value #DEFECT_LIST}.
 */
final class PlanRules {

    static final String DEFECT_LIST = "defect_code";

    private PlanRules() {}

    /**
     * Every broken rule, as field errors. {@code itemKnown}: the item is in the item master;
     * {@code defectCodes}: the list's active codes, empty when the tenant has no such list.
     */
    static List<FieldError> check(
            InspectionPlanRequests.Define plan, boolean itemKnown, Optional<Set<String>> defectCodes) {
        List<FieldError> errors = new ArrayList<>();
        if (!itemKnown) {
            errors.add(new FieldError("item_code", "no such item in the item master"));
        }
        boolean operation = InspectionPlan.OPERATION.equals(plan.scope());
        if (operation && (plan.operation() == null || plan.operation().isBlank())) {
            errors.add(new FieldError("operation", "an operation plan names its operation"));
        } else if (!operation && plan.operation() != null) {
            errors.add(new FieldError("operation", "only an operation plan names an operation"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < plan.characteristics().size(); i++) {
            InspectionPlanRequests.CharacteristicRequest c =
                    plan.characteristics().get(i);
            String at = "characteristics[" + i + "].";
            if (c.code() != null && !codes.add(c.code())) {
                errors.add(new FieldError(at + "code", "another characteristic of the plan has this code"));
            }
            if ("attribute".equals(c.kind())) {
                attribute(c, at, defectCodes, errors);
            } else if ("variable".equals(c.kind())) {
                variable(c, at, errors);
            }
        }
        return errors;
    }

    private static void variable(InspectionPlanRequests.CharacteristicRequest c, String at, List<FieldError> errors) {
        BigDecimal lower = c.lowerSpec();
        BigDecimal upper = c.upperSpec();
        BigDecimal nominal = c.nominal();
        if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
            errors.add(new FieldError(at + "upper_spec", "must be above lower_spec"));
        }
        if (nominal != null && lower != null && nominal.compareTo(lower) <= 0) {
            errors.add(new FieldError(at + "nominal", "must be above lower_spec"));
        }
        if (nominal != null && upper != null && nominal.compareTo(upper) >= 0) {
            errors.add(new FieldError(at + "nominal", "must be below upper_spec"));
        }
        if (c.defectCodes() != null && !c.defectCodes().isEmpty()) {
            errors.add(new FieldError(at + "defect_codes", "only attribute characteristics have defect codes"));
        }
    }

    private static void attribute(
            InspectionPlanRequests.CharacteristicRequest c,
            String at,
            Optional<Set<String>> defectCodes,
            List<FieldError> errors) {
        if (c.nominal() != null || c.lowerSpec() != null || c.upperSpec() != null) {
            errors.add(
                    new FieldError(at + "kind", "an attribute characteristic has no nominal or specification limits"));
        }
        List<String> given = c.defectCodes() == null ? List.of() : c.defectCodes();
        if (given.isEmpty()) {
            return;
        }
        if (defectCodes.isEmpty()) {
            errors.add(new FieldError(at + "defect_codes", "the tenant has no type list " + DEFECT_LIST));
            return;
        }
        List<String> unknown =
                given.stream().filter(d -> !defectCodes.get().contains(d)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(
                    at + "defect_codes", "not active values of the type list " + DEFECT_LIST + ": " + unknown));
        }
    }
}
