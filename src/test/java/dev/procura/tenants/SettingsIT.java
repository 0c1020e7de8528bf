package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class SettingsIT {

    @Test
    void newTenantsStartFromTheDefaults() {
        Member admin = Tenants.signedIn();
        JsonObject settings = Api.get(
                        Tenants.path(Tenants.create(admin.token(), "Defaults"), "/settings"), admin.token())
                .expect(200)
                .json();
        assertEquals("UTC", settings.getString("time_zone"));
        assertEquals("EUR", settings.getString("currency"));
        assertEquals("PO-", settings.getJsonObject("numbering").getString("purchase_order_prefix"));
        assertEquals(25, settings.getJsonObject("scorecard_weights").getInt("quality"));
    }

    @Test
    void aChangeKeepsTheKeysItDoesNotName() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Partial change");
        JsonObject change = Json.createObjectBuilder()
                .add("time_zone", "Europe/Lisbon")
                .add(
                        "scorecard_weights",
                        Json.createObjectBuilder()
                                .add("quality", 40)
                                .add("delivery", 30)
                                .add("price", 20)
                                .add("service", 10))
                .add("numbering", Json.createObjectBuilder().add("purchase_order_prefix", "ACME-PO-"))
                .build();

        JsonObject updated = Api.put(Tenants.path(id, "/settings"), admin.token(), change)
                .expect(200)
                .json();
        assertEquals("Europe/Lisbon", updated.getString("time_zone"));
        assertEquals("EUR", updated.getString("currency"));
        assertEquals("ACME-PO-", updated.getJsonObject("numbering").getString("purchase_order_prefix"));
        assertEquals("RFQ-", updated.getJsonObject("numbering").getString("rfq_prefix"));
        assertEquals(
                updated, Api.get(Tenants.path(id, "/settings"), admin.token()).json());
    }

    @Test
    void unknownKeysAndBadValuesAreAllReportedAndNothingChanges() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Strict settings");
        JsonObject before =
                Api.get(Tenants.path(id, "/settings"), admin.token()).json();
        JsonObject bad = Json.createObjectBuilder()
                .add("time_zone", "Mars/Olympus")
                .add("currency", "EURO")
                .add("colour", "blue")
                .add("match_tolerance_percent", 80)
                .add("approval_second_level_amount", "lots")
                .add(
                        "numbering",
                        Json.createObjectBuilder()
                                .add("rfq_prefix", "rfq lower")
                                .add("po", "X"))
                .add("scorecard_weights", Json.createObjectBuilder().add("quality", 70))
                .build();

        assertEquals(
                List.of(
                        "approval_second_level_amount",
                        "colour",
                        "currency",
                        "match_tolerance_percent",
                        "numbering.po",
                        "numbering.rfq_prefix",
                        "scorecard_weights",
                        "time_zone"),
                Api.put(Tenants.path(id, "/settings"), admin.token(), bad).fieldErrors());
        assertEquals(
                before, Api.get(Tenants.path(id, "/settings"), admin.token()).json());
    }

    @Test
    void tenantsHoldingRowsWithTheSameIdNeverSeeEachOthersData() {
        Member admin = Tenants.signedIn();
        UUID first = Tenants.create(admin.token(), "Tenant A");
        UUID second = Tenants.create(admin.token(), "Tenant B");
        for (int round = 0; round < 3; round++) {
            Api.put(
                            Tenants.path(first, "/settings"),
                            admin.token(),
                            Json.createObjectBuilder().add("currency", "USD").build())
                    .expect(200);
            Api.put(
                            Tenants.path(second, "/settings"),
                            admin.token(),
                            Json.createObjectBuilder().add("currency", "JPY").build())
                    .expect(200);
            assertEquals(
                    "USD",
                    Api.get(Tenants.path(first, "/settings"), admin.token())
                            .json()
                            .getString("currency"));
            assertEquals(
                    "JPY",
                    Api.get(Tenants.path(second, "/settings"), admin.token())
                            .json()
                            .getString("currency"));
        }
    }
}
