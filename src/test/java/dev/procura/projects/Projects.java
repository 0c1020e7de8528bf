package dev.procura.projects;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** A tenant ready for projects: cost centres IT and ENG, a customer, and the admin as manager. */
record Projects(Shop shop, String customer) {

    static Projects ready(String name) {
        Shop shop = Buying.shop(name);
        Buying.costCentre(shop, "ENG");
        String customer = Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "CUST-1")
                                .add("legal_name", "Nordwind Retail GmbH")
                                .add("currency", "EUR")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        return new Projects(shop, customer);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A project body: code, 100000 EUR on cost centre ENG, managed by the admin, for the customer. */
    JsonObjectBuilder body(String code) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Project " + code)
                .add("customer_id", customer)
                .add("manager_id", shop.admin().id().toString())
                .add("starts_on", today().minusDays(30).toString())
                .add("ends_on", today().plusDays(180).toString())
                .add("budget_amount", new BigDecimal("100000"))
                .add("currency", "EUR")
                .add("cost_center", "ENG");
    }

    JsonObject create(JsonObjectBuilder body) {
        return Api.post(shop.path("/projects"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    JsonObject create(String code) {
        return create(body(code));
    }

    JsonObject get(String id) {
        return Api.get(shop.path("/projects/" + id), shop.token()).expect(200).json();
    }

    /** A project document (checked out to the admin who adds it). */
    JsonObject document(String project, String title, String kind) {
        return Api.post(
                        shop.path("/projects/" + project + "/documents"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("kind", kind)
                                .build())
                .expect(201)
                .json();
    }

    /** Uploads a version (multipart) to {@code /versions} or {@code /checkin} as the holder of {@code token}. */
    Reply upload(
            String token,
            String project,
            String document,
            String endpoint,
            String filename,
            String content,
            Map<String, String> fields) {
        String boundary = "----procura" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n");
        }
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: text/plain\r\n\r\n");
        body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        write(body, "\r\n--" + boundary + "--\r\n");
        return Api.request("POST", shop.path("/projects/" + project + "/documents/" + document + endpoint))
                .token(token)
                .bytes("multipart/form-data; boundary=" + boundary, body.toByteArray())
                .send();
    }

    /** The bytes at a content path, as text. */
    String content(String token, String path) {
        var answer = Api.request("GET", shop.path(path)).token(token).sendForBytes();
        if (answer.statusCode() != 200) {
            throw new AssertionError(path + " answered " + answer.statusCode() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    JsonObjectBuilder milestone(String name, LocalDate plannedOn, UUID owner, String... predecessors) {
        var ids = Json.createArrayBuilder();
        for (String p : predecessors) {
            ids.add(p);
        }
        return Json.createObjectBuilder()
                .add("name", name)
                .add("planned_on", plannedOn.toString())
                .add("owner_id", owner.toString())
                .add("predecessor_ids", ids);
    }

    JsonObject addMilestone(String project, JsonObjectBuilder body) {
        return Api.post(shop.path("/projects/" + project + "/milestones"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    static String tenantPath(UUID tenantId, String rest) {
        return Tenants.path(tenantId, rest);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
