package dev.procura.reports;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.Reports;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every report endpoint against a member of another tenant, a non-member and no token; members with
 * analytics:read read and run reports, requesters and a role without it do not; only
 * analytics:manage (admins, a custom role) defines them; and a report's dataset needs its own read
 * permission to be defined or run.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIsolationIT {

    private static final String READ = "analytics:read";
    private static final String MANAGE = "analytics:manage";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, MANAGE),
            "analyst", Set.of(READ),
            "report-keeper", Set.of(READ, MANAGE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        DEFINITION,
        EXECUTION,
        SCHEDULE
    }

    /** A path may name {report} and {execution} (the fixture's) or {fresh} (a report made for that call). */
    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/reports/datasets", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/reports", Body.DEFINITION, MANAGE, Set.of(201)),
            new Endpoint("GET", "/reports", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/reports/{report}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/reports/{report}", Body.DEFINITION, MANAGE, Set.of(200)),
            new Endpoint("POST", "/reports/{report}/execute", Body.EXECUTION, READ, Set.of(202)),
            new Endpoint("GET", "/reports/{report}/executions", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/reports/{report}/executions/{execution}", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/reports/{report}/executions/{execution}/download", Body.NONE, READ, Set.of(302)),
            new Endpoint("DELETE", "/reports/{fresh}", Body.NONE, MANAGE, Set.of(204)),
            new Endpoint("POST", "/reports/{report}/schedules", Body.SCHEDULE, MANAGE, Set.of(201)),
            new Endpoint("GET", "/reports/{report}/schedules", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/reports/{report}/schedules/{schedule}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/reports/{report}/schedules/{schedule}", Body.SCHEDULE, MANAGE, Set.of(200)),
            new Endpoint("GET", "/reports/{report}/schedules/{schedule}/deliveries", Body.NONE, READ, Set.of(200)),
            new Endpoint("DELETE", "/reports/{report}/schedules/{fresh-schedule}", Body.NONE, MANAGE, Set.of(204)));

    private Shop main;
    private Shop other;
    private String report;
    private String execution;
    private String schedule;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static JsonObject definition() {
        return Json.createObjectBuilder()
                .add("name", "Orders " + UUID.randomUUID())
                .add("dataset", "purchase_order")
                .add("columns", Json.createArrayBuilder().add("number").add("total"))
                .add("format", "csv")
                .build();
    }

    @BeforeAll
    void arrange() {
        main = Buying.shop("Reports matrix");
        other = Buying.shop("Reports other");
        report = Reports.create(main, definition());
        execution = Reports.run(main, main.token(), report, null).getString("id");
        schedule = schedule();
        byRole.putAll(RoleMatrix.members(
                main,
                Map.of(
                        "analyst",
                        List.of("tenant:read", READ, "purchasing:read"),
                        "report-keeper",
                        List.of("tenant:read", READ, MANAGE, "purchasing:read"),
                        "outsider-role",
                        List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private JsonObject scheduleBody() {
        return Json.createObjectBuilder()
                .add("cadence", "weekly")
                .add("day_of_week", "friday")
                .add(
                        "recipients",
                        Json.createArrayBuilder().add(main.admin().id().toString()))
                .build();
    }

    private String schedule() {
        return Api.post(main.path("/reports/" + report + "/schedules"), main.token(), scheduleBody())
                .expect(201)
                .json()
                .getString("id");
    }

    private Reply call(Endpoint endpoint, String token, Shop pathOwner) {
        String path = endpoint.path().replace("{report}", report).replace("{execution}", execution);
        path = path.replace("{schedule}", schedule);
        if (path.contains("{fresh-schedule}")) {
            path = path.replace("{fresh-schedule}", schedule());
        }
        if (path.contains("{fresh}")) {
            path = path.replace("{fresh}", Reports.create(main, definition()));
        }
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.path(path)).token(token);
        if (endpoint.body() == Body.DEFINITION) {
            request.json(definition());
        } else if (endpoint.body() == Body.SCHEDULE) {
            request.json(scheduleBody());
        } else if (endpoint.body() == Body.EXECUTION) {
            request.json(Json.createObjectBuilder().add("format", "json").build());
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS, Endpoint::name, (e, token) -> call(e, token, main), other.token(), stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsReportIsNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{report}"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's report",
                        () -> call(e, other.token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersRunReportsAndManagersDefineThem() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (e, token) -> call(e, token, main));
    }

    @Test
    void aReportsDatasetNeedsItsOwnReadPermission() {
        Api.post(
                        main.path("/roles"),
                        main.token(),
                        Json.createObjectBuilder()
                                .add("name", "figures-only")
                                .add("description", "Analytics without orders")
                                .add(
                                        "permissions",
                                        Json.createArrayBuilder()
                                                .add("tenant:read")
                                                .add(READ)
                                                .add(MANAGE))
                                .build())
                .expect(201);
        Member figures = Tenants.join(main.tenantId(), main.token(), "figures-only");
        Api.post(
                        main.path("/reports/" + report + "/execute"),
                        figures.token(),
                        Json.createObjectBuilder().build())
                .expectProblem(403, "forbidden");
        Api.post(main.path("/reports"), figures.token(), definition()).expectProblem(403, "forbidden");
        Api.get(main.path("/reports/" + report + "/executions/" + execution + "/download"), figures.token())
                .expectProblem(403, "forbidden");
    }
}
