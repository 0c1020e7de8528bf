package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Purchase orders through approval workflows: levels, conditions, quorum, rejection, escalation, delegation. */
@MicroShedTest
class ApprovalsIT {

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static String submitted(Shop shop, String price) {
        UUID supplier = Buying.supplier(shop, "S" + UUID.randomUUID().toString().substring(0, 6));
        String orderId = Buying.order(shop, supplier, Buying.lines(Buying.line("ITEM", "1", price, "0")))
                .getString("id");
        assertEquals(
                "pending_approval",
                Api.post(shop.path("/purchase-orders/" + orderId + "/submit"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
        return orderId;
    }

    private static JsonObject awaitEscalated(Shop shop, String approvalId) {
        return Await.until(
                "approval " + approvalId + " escalated",
                Duration.ofSeconds(15),
                () -> Optional.of(Api.get(shop.path("/approvals/" + approvalId), shop.token())
                                .expect(200)
                                .json())
                        .filter(approval -> approval.containsKey("escalated_to_user")));
    }

    private static Reply approve(Shop shop, String approvalId, Member who) {
        return Api.post(shop.path("/approvals/" + approvalId + "/approve"), who.token(), EMPTY);
    }

    private static List<JsonObject> history(Shop shop, String approvalId) {
        return Json.createReader(new java.io.StringReader(
                        Api.get(shop.path("/approvals/" + approvalId + "/history"), shop.token())
                                .expect(200)
                                .body()))
                .readArray()
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject level(
            String name, JsonArrayBuilder users, String role, String mode, Integer quorum, String condition) {
        var level = Json.createObjectBuilder().add("name", name).add("mode", mode);
        if (users != null) {
            level.add("approver_ids", users);
        }
        if (role != null) {
            level.add("approver_role", role);
        }
        if (quorum != null) {
            level.add("quorum", quorum);
        }
        if (condition != null) {
            level.add("condition", condition);
        }
        return level.build();
    }

    private static JsonObject workflow(JsonObject... levels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject level : levels) {
            array.add(level);
        }
        return Json.createObjectBuilder()
                .add("document_type", "purchase_order")
                .add("name", "Custom")
                .add("levels", array)
                .build();
    }

    @Test
    void theDefaultPolicyTakesALargeOrderThroughTwoLevels() {
        Shop shop = Buying.shop("Two levels");
        String orderId = submitted(shop, "25000");
        JsonObject approval = Buying.openApproval(shop, orderId);
        String id = approval.getString("id");
        assertEquals(1, approval.getInt("level"));
        assertEquals(2, approval.getInt("levels"));
        Member approver = Buying.approver(shop);
        Member admin2 = Buying.secondAdmin(shop);
        assertTrue(Api.get(shop.path("/approvals/pending"), approver.token())
                .expect(200)
                .body()
                .contains(id));
        assertEquals(
                "[]",
                Api.get(shop.path("/approvals/pending"), admin2.token())
                        .expect(200)
                        .body(),
                "level 2 is not admin2's yet");

        approve(shop, id, shop.admin()).expectProblem(403, "self-approval");
        Member viewer = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        approve(shop, id, viewer).expectProblem(403, "forbidden");
        Member requester = Tenants.join(shop.tenantId(), shop.token(), "requester");
        approve(shop, id, requester).expectProblem(403, "not-an-approver");

        JsonObject afterFirst = approve(shop, id, approver).expect(200).json();
        assertEquals("pending", afterFirst.getString("status"));
        assertEquals(2, afterFirst.getInt("level"));
        approve(shop, id, approver).expectProblem(403, "not-an-approver");
        assertEquals(
                "pending_approval",
                Api.get(shop.path("/purchase-orders/" + orderId), shop.token())
                        .json()
                        .getString("status"));

        assertEquals("completed", approve(shop, id, admin2).expect(200).json().getString("status"));
        assertEquals(
                "approved",
                Api.get(shop.path("/purchase-orders/" + orderId), shop.token())
                        .json()
                        .getString("status"));
        approve(shop, id, admin2).expectProblem(409, "approval-closed");

        List<JsonObject> steps = history(shop, id);
        assertEquals(
                List.of("requested", "approved", "approved", "completed"),
                steps.stream().map(s -> s.getString("action")).toList());
        assertEquals(approver.id().toString(), steps.get(1).getString("actor_id"));
        assertEquals(2, steps.get(2).getInt("level"));
        assertEquals(
                2,
                Topics.events(
                                "approval.requested",
                                e -> id.equals(e.getJsonObject("data").getString("approval_id")),
                                Duration.ofSeconds(20))
                        .size());
        List<JsonObject> completed = Topics.events(
                "approval.completed",
                e -> id.equals(e.getJsonObject("data").getString("approval_id")),
                Duration.ofSeconds(20));
        assertEquals(1, completed.size());
        assertEquals(
                shop.admin().id().toString(),
                completed
                        .get(0)
                        .getJsonObject("data")
                        .getJsonArray("recipients")
                        .getString(0));
    }

    @Test
    void approversAreAskedInTheAppAndByEmailAndTheRequesterHearsTheOutcome() throws InterruptedException {
        Shop shop = Buying.shop("Approval notices");
        Member approver = Buying.approver(shop);
        String orderId = submitted(shop, "640");
        String number = Api.get(shop.path("/purchase-orders/" + orderId), shop.token())
                .expect(200)
                .json()
                .getString("number");
        JsonObject asked = dev.procura.support.Notifications.await(
                shop.tenantId(),
                approver.token(),
                n -> n.getString("type").equals("approval_request"),
                Duration.ofSeconds(30));
        assertTrue(
                asked.getString("title").contains(number)
                        || asked.getString("body").contains(number),
                asked.toString());
        JsonObject mail = dev.procura.support.Mailbox.await(
                approver.account().email(),
                m -> dev.procura.support.Mailbox.raw(m).contains(number),
                Duration.ofSeconds(30));
        assertTrue(dev.procura.support.Mailbox.subject(mail).length() > 0);

        String id = Buying.openApproval(shop, orderId).getString("id");
        Api.post(
                        shop.path("/approvals/" + id + "/reject"),
                        approver.token(),
                        Json.createObjectBuilder()
                                .add("feedback", "Wrong supplier")
                                .build())
                .expect(200);
        JsonObject told = dev.procura.support.Notifications.await(
                shop.tenantId(), shop.token(), n -> n.getString("type").equals("rejected"), Duration.ofSeconds(30));
        assertTrue(told.getString("body").contains("Wrong supplier"), told.toString());
    }

    @Test
    void aSmallOrderNeedsOneLevelAndARejectionSendsItBackWithTheFeedback() {
        Shop shop = Buying.shop("Rejection");
        String orderId = submitted(shop, "120");
        String id = Buying.openApproval(shop, orderId).getString("id");
        assertEquals(1, Buying.openApproval(shop, orderId).getInt("level"), "level 2 applies only above 10000");
        Member approver = Buying.approver(shop);
        assertEquals(
                List.of("feedback"),
                Api.post(shop.path("/approvals/" + id + "/reject"), approver.token(), EMPTY)
                        .fieldErrors());
        JsonObject rejected = Api.post(
                        shop.path("/approvals/" + id + "/reject"),
                        approver.token(),
                        Json.createObjectBuilder()
                                .add("feedback", "Split it per cost centre")
                                .build())
                .expect(200)
                .json();
        assertEquals("rejected", rejected.getString("status"));
        JsonObject order = Api.get(shop.path("/purchase-orders/" + orderId), shop.token())
                .expect(200)
                .json();
        assertEquals("draft", order.getString("status"));
        assertEquals("Split it per cost centre", order.getString("rejection_feedback"));
        List<JsonObject> events = Topics.events(
                "approval.rejected",
                e -> id.equals(e.getJsonObject("data").getString("approval_id")),
                Duration.ofSeconds(20));
        assertEquals(
                "Split it per cost centre", events.get(0).getJsonObject("data").getString("feedback"));

        // Submitted again, the order gets a new approval; the skipped level shows in its history.
        Api.post(shop.path("/purchase-orders/" + orderId + "/submit"), shop.token(), null)
                .expect(200);
        String second = Buying.openApproval(shop, orderId).getString("id");
        assertNotEquals(id, second);
        assertEquals("approved", Buying.approve(shop, orderId).getString("status"));
        assertTrue(history(shop, second).stream()
                .anyMatch(s -> s.getString("action").equals("skipped")));
    }

    @Test
    void aCustomWorkflowWithQuorumAndConditionIsVersionedAndRunningApprovalsKeepTheirs() {
        Shop shop = Buying.shop("Custom workflow");
        Member a = Tenants.join(shop.tenantId(), shop.token(), "requester");
        Member b = Tenants.join(shop.tenantId(), shop.token(), "requester");
        Member c = Tenants.join(shop.tenantId(), shop.token(), "requester");
        JsonObject v1 = Api.post(
                        shop.path("/workflows"),
                        shop.token(),
                        workflow(
                                level(
                                        "Team",
                                        Json.createArrayBuilder()
                                                .add(a.id().toString())
                                                .add(b.id().toString())
                                                .add(c.id().toString()),
                                        null,
                                        "quorum",
                                        2,
                                        null),
                                level("Finance", null, "admin", "any", null, "total > 100 and currency == \"EUR\"")))
                .expect(201)
                .json();
        assertEquals(1, v1.getInt("version"));
        String small = submitted(shop, "80");
        String smallApproval = Buying.openApproval(shop, small).getString("id");

        Api.post(
                        shop.path("/workflows"),
                        shop.token(),
                        workflow(level(
                                "Pair",
                                Json.createArrayBuilder().add(a.id().toString()).add(b.id().toString()),
                                null,
                                "all",
                                null,
                                null)))
                .expect(201);
        assertEquals(
                1, Buying.openApproval(shop, small).getInt("workflow_version"), "a running approval keeps its version");
        assertEquals(
                2,
                Api.get(shop.path("/workflows/active"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("version"));

        assertEquals(
                "pending", approve(shop, smallApproval, a).expect(200).json().getString("status"));
        approve(shop, smallApproval, a).expectProblem(409, "already-decided");
        assertEquals(
                "completed",
                approve(shop, smallApproval, c).expect(200).json().getString("status"),
                "2 of 3, and Finance does not apply to 80");

        String next = submitted(shop, "80");
        String nextApproval = Buying.openApproval(shop, next).getString("id");
        assertEquals(2, Buying.openApproval(shop, next).getInt("workflow_version"));
        assertEquals(
                "pending", approve(shop, nextApproval, a).expect(200).json().getString("status"), "all: b too");
        approve(shop, nextApproval, c).expectProblem(403, "not-an-approver");
        assertEquals(
                "completed", approve(shop, nextApproval, b).expect(200).json().getString("status"));
        assertEquals(
                2,
                Api.get(shop.path("/workflows?document_type=purchase_order"), shop.token())
                                .expect(200)
                                .body()
                                .split("\"version\"")
                                .length
                        - 1);
    }

    @Test
    void badDefinitionsAreRefusedWithEveryProblem() {
        Shop shop = Buying.shop("Bad workflow");
        JsonObject bad = Json.createObjectBuilder()
                .add("document_type", "purchase_order")
                .add("name", "Bad")
                .add(
                        "levels",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "No one")
                                        .add("mode", "any"))
                                .add(level("Syntax", null, "admin", "any", null, "total >"))
                                .add(level("Unknown", null, "admin", "any", null, "colour == \"red\""))
                                .add(Json.createObjectBuilder()
                                        .add("name", "Quorum")
                                        .add("approver_role", "admin")
                                        .add("mode", "quorum")
                                        .add("sla", "two days")))
                .build();
        assertEquals(
                List.of(
                        "levels[0].approver_ids",
                        "levels[1].condition",
                        "levels[2].condition",
                        "levels[3].escalate_to",
                        "levels[3].quorum",
                        "levels[3].sla"),
                Api.post(shop.path("/workflows"), shop.token(), bad).fieldErrors().stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("document_type"),
                Api.post(
                                shop.path("/workflows"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("document_type", "spaceship")
                                        .add("name", "x")
                                        .add(
                                                "levels",
                                                Json.createArrayBuilder()
                                                        .add(level("L", null, "admin", "any", null, null)))
                                        .build())
                        .fieldErrors());
        Api.post(
                        shop.path("/workflows"),
                        Tenants.join(shop.tenantId(), shop.token(), "approver").token(),
                        workflow(level("L", null, "admin", "any", null, null)))
                .expectProblem(403, "forbidden");
        JsonObject defaults = Api.get(shop.path("/workflows/active"), shop.token())
                .expect(200)
                .json();
        assertEquals(0, defaults.getInt("version"));
        assertEquals(
                "total > 10000",
                defaults.getJsonArray("levels").getJsonObject(1).getString("condition"));
    }

    @Test
    void anApproverEscalatesAndTheTargetDecides() {
        Shop shop = Buying.shop("Escalation");
        String orderId = submitted(shop, "500");
        String id = Buying.openApproval(shop, orderId).getString("id");
        Member boss = Tenants.join(shop.tenantId(), shop.token(), "requester");
        assertEquals(
                List.of("to_user_id"),
                Api.post(
                                shop.path("/approvals/" + id + "/escalate"),
                                Buying.approver(shop).token(),
                                Json.createObjectBuilder()
                                        .add("reason", "both")
                                        .add("to_role", "admin")
                                        .add("to_user_id", boss.id().toString())
                                        .build())
                        .fieldErrors());
        Api.post(
                        shop.path("/approvals/" + id + "/escalate"),
                        boss.token(),
                        Json.createObjectBuilder()
                                .add("to_user_id", boss.id().toString())
                                .add("reason", "me")
                                .build())
                .expectProblem(403, "not-an-approver");
        JsonObject escalated = Api.post(
                        shop.path("/approvals/" + id + "/escalate"),
                        Buying.approver(shop).token(),
                        Json.createObjectBuilder()
                                .add("to_user_id", boss.id().toString())
                                .add("reason", "Over my head")
                                .build())
                .expect(200)
                .json();
        assertEquals(
                List.of(boss.id().toString()),
                escalated.getJsonArray("approvers").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        approve(shop, id, Buying.approver(shop)).expectProblem(403, "not-an-approver");
        assertEquals("completed", approve(shop, id, boss).expect(200).json().getString("status"));
        JsonObject step = history(shop, id).stream()
                .filter(s -> s.getString("action").equals("escalated"))
                .findFirst()
                .orElseThrow();
        assertEquals("Over my head", step.getString("comment"));
        List<JsonObject> events = Topics.events(
                "approval.escalated",
                e -> id.equals(e.getJsonObject("data").getString("approval_id")),
                Duration.ofSeconds(20));
        assertEquals(false, events.get(0).getJsonObject("data").getBoolean("automatic"));
    }

    @Test
    void aLevelPastItsSlaEscalatesByItselfOnce() throws InterruptedException {
        Shop shop = Buying.shop("SLA");
        Member target = Tenants.join(shop.tenantId(), shop.token(), "requester");
        Api.post(
                        shop.path("/workflows"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_type", "purchase_order")
                                .add("name", "Fast")
                                .add(
                                        "levels",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "Quick")
                                                        .add("approver_role", "approver")
                                                        .add("mode", "any")
                                                        .add("sla", "PT1S")
                                                        .add(
                                                                "escalate_to",
                                                                Json.createObjectBuilder()
                                                                        .add(
                                                                                "user_id",
                                                                                target.id()
                                                                                        .toString()))))
                                .build())
                .expect(201);
        Buying.approver(shop);
        String orderId = submitted(shop, "300");
        String id = Buying.openApproval(shop, orderId).getString("id");
        assertTrue(Buying.openApproval(shop, orderId).containsKey("due_at"));
        JsonObject escalated = awaitEscalated(shop, id);
        assertEquals(target.id().toString(), escalated.getString("escalated_to_user"));
        // A second order past the same SLA, escalated after the first: the watch has looked again
        // since, and must not have escalated the first a second time.
        awaitEscalated(shop, Buying.openApproval(shop, submitted(shop, "301")).getString("id"));
        List<JsonObject> events = Topics.events(
                "approval.escalated",
                e -> id.equals(e.getJsonObject("data").getString("approval_id")),
                Duration.ofSeconds(20));
        assertEquals(1, events.size(), "escalated once, not every look of the watch");
        assertEquals(true, events.get(0).getJsonObject("data").getBoolean("automatic"));
        assertTrue(history(shop, id).stream()
                .anyMatch(s -> s.getString("action").equals("escalated") && !s.containsKey("actor_id")));
        assertEquals("completed", approve(shop, id, target).expect(200).json().getString("status"));
    }

    @Test
    void aDelegateDecidesOnBehalfOfAnApproverWhoIsAway() {
        Shop shop = Buying.shop("Delegation");
        Member approver = Buying.approver(shop);
        Member delegate = Tenants.join(shop.tenantId(), shop.token(), "requester");
        assertEquals(
                List.of("delegate_id"),
                Api.post(
                                shop.path("/delegations"),
                                approver.token(),
                                Json.createObjectBuilder()
                                        .add("delegate_id", approver.id().toString())
                                        .add(
                                                "starts_on",
                                                LocalDate.now(ZoneOffset.UTC).toString())
                                        .add(
                                                "ends_on",
                                                LocalDate.now(ZoneOffset.UTC)
                                                        .plusDays(3)
                                                        .toString())
                                        .build())
                        .fieldErrors());
        JsonObject delegation = Api.post(
                        shop.path("/delegations"),
                        approver.token(),
                        Json.createObjectBuilder()
                                .add("delegate_id", delegate.id().toString())
                                .add("starts_on", LocalDate.now(ZoneOffset.UTC).toString())
                                .add(
                                        "ends_on",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(3)
                                                .toString())
                                .build())
                .expect(201)
                .json();
        Api.post(
                        shop.path("/delegations"),
                        approver.token(),
                        Json.createObjectBuilder()
                                .add("delegate_id", delegate.id().toString())
                                .add(
                                        "starts_on",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(1)
                                                .toString())
                                .add(
                                        "ends_on",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(9)
                                                .toString())
                                .build())
                .expectProblem(409, "delegation-overlaps");

        String orderId = submitted(shop, "700");
        String id = Buying.openApproval(shop, orderId).getString("id");
        assertTrue(Api.get(shop.path("/approvals/pending"), delegate.token())
                .expect(200)
                .body()
                .contains(id));
        assertEquals("completed", approve(shop, id, delegate).expect(200).json().getString("status"));
        JsonObject step = history(shop, id).stream()
                .filter(s -> s.getString("action").equals("approved"))
                .findFirst()
                .orElseThrow();
        assertEquals(delegate.id().toString(), step.getString("actor_id"));
        assertEquals(approver.id().toString(), step.getString("on_behalf_of"));

        Api.delete(shop.path("/delegations/" + delegation.getString("id")), delegate.token())
                .expectProblem(404, "not-found");
        Api.delete(shop.path("/delegations/" + delegation.getString("id")), approver.token())
                .expect(204);
        assertEquals(
                "[]",
                Api.get(shop.path("/delegations"), approver.token()).expect(200).body());
    }

    @Test
    void twoApproversDecidingAtOnceGiveExactlyOneOutcome() throws Exception {
        Shop shop = Buying.shop("Concurrency");
        Member first = Buying.approver(shop);
        Member second = Tenants.join(shop.tenantId(), shop.token(), "approver");
        for (int round = 0; round < 3; round++) {
            String orderId = submitted(shop, "400");
            String id = Buying.openApproval(shop, orderId).getString("id");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Reply>> both = List.of(() -> approve(shop, id, first), () -> approve(shop, id, second));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : pool.invokeAll(both)) {
                statuses.add(reply.get().status());
            }
            pool.shutdown();
            assertEquals(
                    List.of(200, 409), statuses.stream().sorted().toList(), "one decides, the other finds it closed");
            assertEquals(
                    1,
                    history(shop, id).stream()
                            .filter(s -> s.getString("action").equals("approved"))
                            .count());
            assertEquals(
                    1,
                    Topics.events(
                                    "purchase_order.approved",
                                    e -> orderId.equals(e.getJsonObject("data").getString("purchase_order_id")),
                                    Duration.ofSeconds(20))
                            .size());
        }
    }

    @Test
    void anApprovalCanBeStartedForAWaitingDocumentOnlyOnce() {
        Shop shop = Buying.shop("Start");
        String orderId = submitted(shop, "90");
        Api.post(
                        shop.path("/approvals"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_type", "purchase_order")
                                .add("document_id", orderId)
                                .build())
                .expectProblem(409, "approval-exists");
        assertEquals(
                List.of("document_id"),
                Api.post(
                                shop.path("/approvals"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("document_type", "purchase_order")
                                        .add("document_id", UUID.randomUUID().toString())
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("document_type"),
                Api.post(
                                shop.path("/approvals"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("document_type", "unicorn")
                                        .add("document_id", orderId)
                                        .build())
                        .fieldErrors());
        JsonObject page = Api.get(shop.path("/approvals?status=pending&document_type=purchase_order"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, page.getInt("total"));
        assertEquals(
                0,
                Api.get(shop.path("/approvals?status=completed"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }
}
