package dev.procura.labels;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
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
 * Every label endpoint against a member of another tenant, a non-member and no token; the role
 * matrix (logistics:read reads jobs and templates, logistics:write generates and defines); and a
 * job seen only by the member who asked for it unless one reads logistics tenant-wide.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelIsolationIT {

    private static final String READ = "logistics:read";
    private static final String WRITE = "logistics:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "logistics-reader", Set.of(READ),
            "label-printer", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        GENERATE,
        NEW_TEMPLATE,
        TEMPLATE
    }

    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/barcodes/generate", Body.GENERATE, WRITE, Set.of(202)),
            new Endpoint("GET", "/barcodes/jobs/{job}", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/barcodes/jobs/{job}/pdf", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/barcodes/jobs/{job}/png", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/barcodes/jobs/{job}/png/1", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/barcodes/templates", Body.NEW_TEMPLATE, WRITE, Set.of(201)),
            new Endpoint("GET", "/barcodes/templates", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/barcodes/templates/{template}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/barcodes/templates/{template}", Body.TEMPLATE, WRITE, Set.of(200)));

    private Shop main;
    private Shop other;
    private String job;
    private String template;
    private String otherJob;
    private String otherTemplate;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Labels.shop("Labels matrix");
        other = Labels.shop("Labels other");
        for (Shop shop : List.of(main, other)) {
            Labels.item(shop, "WIDGET", Labels.gtin(1));
        }
        template = Labels.singleLabelTemplate(main, "Matrix", "https://id.example.com");
        otherTemplate = Labels.singleLabelTemplate(other, "Matrix", "https://id.example.com");
        job = Labels.generated(main, generateBody()).getString("id");
        otherJob = Labels.generated(other, generateBody()).getString("id");
        byRole.putAll(RoleMatrix.members(
                main,
                Map.of(
                        "logistics-reader", List.of("tenant:read", READ),
                        "label-printer", List.of("tenant:read", READ, WRITE),
                        "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private static JsonObject generateBody() {
        return Labels.generate("item", Labels.strings("WIDGET"), "gs1_128", "qr")
                .build();
    }

    private Reply call(Endpoint endpoint, String token, Shop pathOwner, String jobId, String templateId) {
        String path = endpoint.path().replace("{job}", jobId).replace("{template}", templateId);
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.path(path)).token(token);
        switch (endpoint.body()) {
            case GENERATE -> request.json(generateBody());
            case NEW_TEMPLATE ->
                request.json(Labels.template("T-" + UUID.randomUUID(), "https://id.example.com")
                        .build());
            case TEMPLATE ->
                request.json(Labels.template("Matrix", "https://id.example.com").build());
            case NONE -> {}
        }
        return request.send();
    }

    private Reply call(Endpoint endpoint, String token) {
        return call(endpoint, token, main, job, template);
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(ENDPOINTS, Endpoint::name, this::call, other.token(), stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsJobsAndTemplatesAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's job or template",
                        () -> call(e, main.token(), main, otherJob, otherTemplate)
                                .expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> logisticsReadersReadAndLogisticsWritersGenerateAndDefine() {
        return RoleMatrix.tests(
                ENDPOINTS, Endpoint::name, Endpoint::permission, Endpoint::allowed, ROLES, byRole, this::call);
    }

    @Test
    void aJobIsSeenByItsRequesterAndByTenantWideReadersOnly() {
        Member printer = byRole.get("label-printer");
        Reply accepted = Api.post(main.path("/barcodes/generate"), printer.token(), generateBody())
                .expect(202);
        String own = accepted.json().getString("id");
        Api.get(main.path("/barcodes/jobs/" + own), printer.token()).expect(200);
        Api.get(main.path("/barcodes/jobs/" + own), byRole.get("viewer").token())
                .expect(200);
        Api.get(main.path("/barcodes/jobs/" + own), main.token()).expect(200);
    }
}
