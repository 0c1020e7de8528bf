package dev.procura.search;

import static dev.procura.search.Searches.awaitHit;
import static dev.procura.search.Searches.ids;
import static dev.procura.search.Searches.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * The search endpoints against a member of another tenant, a non-member and no token; every role
 * searches and only administrators rebuild the index; a member finds only the types their role may
 * read, in the hits and in the counts.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIsolationIT {

    /** A tenant with a supplier named by a word of its own, an order from it and a document naming it. */
    private record Fixture(Shop shop, String word, String supplier, String order, String document) {}

    private record Endpoint(String method, String path, String permission) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/search?q=matrix", "tenant:read"),
            new Endpoint("POST", "/search/reindex", "tenant:write"));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        String word = Searches.word("okapi");
        UUID supplier = Searches.supplier(shop, word.toUpperCase(Locale.ROOT), word + " Freight");
        String order = Buying.order(shop, supplier, Buying.lines(Buying.line("CRATE-1", "3", "12.00", "23")))
                .getString("id");
        String document = Uploads.upload(shop.token(), shop.tenantId(), "freight.txt", "Freight terms of " + word)
                .expect(201)
                .json()
                .getString("id");
        awaitHit(shop, shop.token(), word, supplier);
        awaitHit(shop, shop.token(), word, order);
        awaitHit(shop, shop.token(), word, document);
        return new Fixture(shop, word, supplier.toString(), order, document);
    }

    @BeforeAll
    void arrange() {
        main = fixture("Search matrix");
        other = fixture("Search other");
        byRole.put("admin", main.shop().admin());
        for (String role : List.of("viewer", "requester", "approver")) {
            byRole.put(role, Tenants.join(main.shop().tenantId(), main.shop().token(), role));
        }
        stranger = Tenants.signedIn();
    }

    private static Reply call(Endpoint endpoint, Shop shop, String token) {
        return Api.request(endpoint.method(), shop.path(endpoint.path()))
                .token(token)
                .send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFound() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " by a member of another tenant",
                    () -> call(endpoint, main.shop(), other.shop().token()).expectProblem(404, "not-found")));
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " by a user of no tenant",
                    () -> call(endpoint, main.shop(), stranger.token()).expectProblem(404, "not-found")));
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " without a token",
                    () -> call(endpoint, main.shop(), null).expectProblem(401, "unauthenticated")));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleSearchesAndOnlyAdministratorsRebuildTheIndex() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : List.of("viewer", "requester", "approver", "admin")) {
                boolean allowed = "tenant:read".equals(endpoint.permission()) || "admin".equals(role);
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role, () -> {
                    Reply reply = call(endpoint, main.shop(), byRole.get(role).token());
                    if (allowed) {
                        reply.expect(200);
                    } else {
                        reply.expectProblem(403, "forbidden");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void anotherTenantsRecordsAreNeverFound() {
        JsonObject page = Searches.find(main.shop(), main.shop().token(), other.word());
        assertEquals(0, page.getInt("total"), page.toString());
        assertEquals(List.of(), items(page));
    }

    @Test
    void aRoleWithoutPurchasingOrSuppliersFindsOnlyDocuments() {
        Shop shop = main.shop();
        Api.post(
                        shop.path("/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "document-reader")
                                .add(
                                        "permissions",
                                        Json.createArrayBuilder()
                                                .add("tenant:read")
                                                .add("documents:read"))
                                .build())
                .expect(201);
        Member reader = Tenants.join(shop.tenantId(), shop.token(), "document-reader");

        JsonObject page = Searches.find(shop, reader.token(), main.word());
        assertEquals(List.of(main.document()), ids(page));
        assertEquals(1, page.getInt("total"));
        assertEquals(Map.of("document", 1), counts(page.getJsonObject("facets")));
        assertTrue(items(page).stream().allMatch(hit -> hit.getString("type").equals("document")), page.toString());

        JsonObject orders = Searches.search(shop, reader.token(), "q=" + main.word() + "&type=purchase_order")
                .expect(200)
                .json();
        assertEquals(0, orders.getInt("total"), orders.toString());
        assertEquals(List.of(), items(orders));
        assertEquals(Set.of("document"), orders.getJsonObject("facets").keySet());

        // The administrator, with every permission, finds all three.
        JsonObject everything = Searches.find(shop, shop.token(), main.word());
        assertEquals(Set.of(main.supplier(), main.order(), main.document()), Set.copyOf(ids(everything)));
        assertEquals(1, everything.getJsonObject("facets").getInt("purchase_order"));
    }

    @Test
    void aRoleThatMayReadNoSearchableTypeFindsNothing() {
        Shop shop = main.shop();
        Api.post(
                        shop.path("/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "tenant-only")
                                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                                .build())
                .expect(201);
        Member member = Tenants.join(shop.tenantId(), shop.token(), "tenant-only");

        JsonObject page = Searches.find(shop, member.token(), main.word());
        assertEquals(0, page.getInt("total"));
        assertEquals(List.of(), items(page));
        assertEquals(Map.of(), counts(page.getJsonObject("facets")));
    }

    private static Map<String, Integer> counts(JsonObject facets) {
        Map<String, Integer> counts = new HashMap<>();
        facets.keySet().forEach(type -> counts.put(type, facets.getInt(type)));
        return counts;
    }
}
