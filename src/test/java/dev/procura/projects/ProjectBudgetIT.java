package dev.procura.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Purchase orders that name a project draw on its budget: what submitted, not cancelled orders
 * commit is shown with the budget, and an order that would take the project over its budget is
 * refused on submit (409 budget-exceeded with the figures) and stays a draft.
 */
@MicroShedTest
class ProjectBudgetIT {

    @Test
    void anOrderOverTheProjectBudgetIsRefusedAndCommittedOrdersAreCounted() {
        Projects p = Projects.ready("Project budget");
        String project = p.create("BUD-1").getString("id");
        UUID supplier = Buying.supplier(p.shop(), "PBSUP");

        String first = order(p, supplier, project, "60000");
        Buying.submitAndApprove(p.shop(), first);
        JsonObject budget = budget(p, project);
        assertAmount("100000", budget, "amount");
        assertAmount("60000", budget, "committed");
        assertAmount("40000", budget, "remaining");
        assertEquals(1, budget.getInt("orders"));

        String tooMuch = order(p, supplier, project, "50000");
        JsonObject refused = Api.post(
                        p.shop().path("/purchase-orders/" + tooMuch + "/submit"),
                        p.shop().token(),
                        null)
                .expectProblem(409, "budget-exceeded");
        assertAmount("40000", refused.getJsonObject("budget"), "remaining");
        assertAmount("50000", refused.getJsonObject("budget"), "requested");
        assertEquals("draft", orderStatus(p, tooMuch));

        String draft = order(p, supplier, project, "1000");
        String fits = order(p, supplier, project, "30000");
        Buying.submitAndApprove(p.shop(), fits);
        budget = budget(p, project);
        assertAmount("90000", budget, "committed");
        assertAmount("10000", budget, "remaining");
        assertEquals(2, budget.getInt("orders"));
        assertEquals("draft", orderStatus(p, draft));

        Api.post(p.shop().path("/purchase-orders/" + fits + "/cancel"), p.shop().token(), Json.empty())
                .expect(200);
        assertAmount("60000", budget(p, project), "committed");
        assertEquals(
                project,
                Api.get(p.shop().path("/purchase-orders/" + first), p.shop().token())
                        .expect(200)
                        .json()
                        .getString("project_id"));
    }

    @Test
    void anOrderNamesAnExistingOpenProject() {
        Projects p = Projects.ready("Project budget refs");
        UUID supplier = Buying.supplier(p.shop(), "PBREF");
        String closed = p.create("BUD-CLOSED").getString("id");
        Api.post(p.shop().path("/projects/" + closed + "/close"), p.shop().token(), null)
                .expect(200);
        for (String project : List.of(UUID.randomUUID().toString(), closed)) {
            assertEquals(
                    List.of("project_id"),
                    Api.post(
                                    p.shop().path("/purchase-orders"),
                                    p.shop().token(),
                                    Buying.orderBody(supplier, Buying.lines(Buying.line("PUMP-1", "1", "10", "0")))
                                            .add("project_id", project)
                                            .build())
                            .fieldErrors());
        }
        assertEquals(
                0,
                Api.get(p.shop().path("/purchase-orders"), p.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    private static String order(Projects p, UUID supplier, String project, String amount) {
        return Api.post(
                        p.shop().path("/purchase-orders"),
                        p.shop().token(),
                        Buying.orderBody(supplier, Buying.lines(Buying.line("PUMP-1", "1", amount, "0")))
                                .add("project_id", project)
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private static JsonObject budget(Projects p, String project) {
        return Api.get(
                        p.shop().path("/projects/" + project + "/budget"),
                        p.shop().token())
                .expect(200)
                .json();
    }

    private static String orderStatus(Projects p, String order) {
        return Api.get(p.shop().path("/purchase-orders/" + order), p.shop().token())
                .expect(200)
                .json()
                .getString("status");
    }

    private static void assertAmount(String expected, JsonObject figures, String field) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(figures.getJsonNumber(field).bigDecimalValue()),
                () -> field + " in " + figures);
    }

    /** Bodies without fields. */
    private static final class Json {
        static JsonObject empty() {
            return jakarta.json.Json.createObjectBuilder().build();
        }
    }
}
