package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.quality.spc.ChartType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpcChartTypeTest {

    private static Characteristic variable(int sampleSize) {
        var c = PlanRulesTest.variable("DIA", "1", "2", "3");
        return new Characteristic(
                UUID.randomUUID(),
                new InspectionPlanRequests.CharacteristicRequest(
                        c.code(),
                        c.name(),
                        c.kind(),
                        c.nominal(),
                        c.lowerSpec(),
                        c.upperSpec(),
                        c.unit(),
                        c.method(),
                        sampleSize,
                        null,
                        null,
                        null));
    }

    private static final Characteristic ATTRIBUTE =
            new Characteristic(UUID.randomUUID(), PlanRulesTest.attribute("FIN", List.of("burr")));

    @Test
    void theDefaultChartFitsTheCharacteristic() {
        assertEquals(ChartType.XBAR_R, SpcChartService.type(variable(5), null));
        assertEquals(ChartType.I_MR, SpcChartService.type(variable(1), null));
        assertEquals(ChartType.P, SpcChartService.type(ATTRIBUTE, null));
    }

    @Test
    void aChartAskedForMustFitTheKind() {
        assertEquals(ChartType.XBAR_S, SpcChartService.type(variable(5), "xbar_s"));
        assertEquals(ChartType.C, SpcChartService.type(ATTRIBUTE, "c"));
        for (var refused : List.of(
                assertThrows(Failure.InvalidInput.class, () -> SpcChartService.type(variable(5), "p")),
                assertThrows(Failure.InvalidInput.class, () -> SpcChartService.type(ATTRIBUTE, "i_mr")))) {
            assertEquals(
                    List.of("chart"),
                    refused.errors().stream().map(FieldError::field).toList());
        }
    }
}
