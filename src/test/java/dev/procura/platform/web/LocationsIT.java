package dev.procura.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every 201 names what it created in {@code Location}, and reading that location gives back the
 * same thing: the created receipt, rating, delegation and workflow version have their own GET.
 */
@MicroShedTest
class LocationsIT {

    /** Follows the created answer's Location with the same token and returns what it reads. */
    private static JsonObject follow(Reply created, String token) {
        created.expect(201);
        String location = created.header("Location")
                .orElseThrow(() -> new AssertionError("201 without Location: " + created.body()));
        return Api.get(URI.create(location).getPath() + query(location), token)
                .expect(200)
                .json();
    }

    private static String query(String location) {
        String query = URI.create(location).getRawQuery();
        return query == null ? "" : "?" + query;
    }

    @Test
    void theLocationOfEachCreatedThingReadsItBack() {
        Shop shop = Buying.shop("Locations");
        UUID supplier = Buying.supplier(shop, "LOC");

        Reply rated = Api.post(
                shop.path("/suppliers/" + supplier + "/rate"),
                shop.token(),
                Json.createObjectBuilder()
                        .add("quality", 5)
                        .add("delivery", 3)
                        .add("price", 4)
                        .add("service", 2)
                        .add("comment", "late twice")
                        .build());
        JsonObject rating = follow(rated, shop.token());
        assertEquals(rated.json().getString("id"), rating.getString("id"));
        assertEquals("late twice", rating.getString("comment"));
        assertEquals(supplier.toString(), rating.getString("supplier_id"));

        String order = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("X", "5", "5", "0")))
                .getString("id");
        Reply received = Api.post(
                shop.path("/purchase-orders/" + order + "/receipts"),
                shop.token(),
                Json.createObjectBuilder()
                        .add(
                                "lines",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("line", 1)
                                                .add("accepted_quantity", 2)))
                        .build());
        JsonObject receipt = follow(received, shop.token());
        assertEquals(received.json().getString("id"), receipt.getString("id"));
        assertEquals(
                received.json().getJsonArray("lines").toString(),
                receipt.getJsonArray("lines").toString());

        Reply defined = Api.post(
                shop.path("/workflows"),
                shop.token(),
                Json.createObjectBuilder()
                        .add("document_type", "purchase_order")
                        .add("name", "Two eyes")
                        .add(
                                "levels",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("name", "Approver")
                                                .add("approver_role", "approver")
                                                .add("mode", "any")))
                        .build());
        JsonObject workflow = follow(defined, shop.token());
        assertEquals("Two eyes", workflow.getString("name"));
        assertEquals(defined.json().getInt("version"), workflow.getInt("version"));
        Api.get(shop.path("/workflows/purchase_order/versions/99"), shop.token())
                .expectProblem(404, "not-found");

        Tenants.Member delegate = Tenants.join(shop.tenantId(), shop.token(), "approver");
        Reply delegated = Api.post(
                shop.path("/delegations"),
                shop.token(),
                Json.createObjectBuilder()
                        .add("delegate_id", delegate.id().toString())
                        .add("starts_on", "2033-03-01")
                        .add("ends_on", "2033-03-05")
                        .build());
        JsonObject delegation = follow(delegated, shop.token());
        assertEquals("2033-03-05", delegation.getString("ends_on"));
        // The delegate sees it too; a third member does not.
        String path = URI.create(delegated.header("Location").orElseThrow()).getPath();
        assertEquals(
                delegation.getString("id"),
                Api.get(path, delegate.token()).expect(200).json().getString("id"));
        Tenants.Member third = Tenants.join(shop.tenantId(), shop.token(), "approver");
        Api.get(path, third.token()).expectProblem(404, "not-found");

        Reply supplierCreated = Api.post(
                shop.path("/suppliers"),
                shop.token(),
                Buying.supplierBody("LOC2").build());
        assertEquals("LOC2", follow(supplierCreated, shop.token()).getString("code"));
    }
}
