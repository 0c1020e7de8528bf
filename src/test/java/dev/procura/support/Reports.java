package dev.procura.support;

import dev.procura.support.Buying.Shop;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Report runs through the API, and the files they make. */
public final class Reports {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Reports() {}

    public static String create(Shop shop, JsonObject definition) {
        return Api.post(shop.path("/reports"), shop.token(), definition)
                .expect(201)
                .json()
                .getString("id");
    }

    /** Runs a report (202 expected, with `Location`) and waits until the run has finished; returns its final state. */
    public static JsonObject run(Shop shop, String token, String reportId, JsonObject body) {
        Api.Request request = Api.request("POST", shop.path("/reports/" + reportId + "/execute"))
                .token(token);
        if (body != null) {
            request.json(body);
        }
        Reply queued = request.send().expect(202);
        String id = queued.json().getString("id");
        String location = queued.header("Location").orElseThrow(() -> new AssertionError("no Location"));
        if (!location.endsWith("/reports/" + reportId + "/executions/" + id)) {
            throw new AssertionError("Location " + location);
        }
        return Await.until("report execution " + id + " to finish", Duration.ofSeconds(90), () -> {
            JsonObject now = Api.get(shop.path("/reports/" + reportId + "/executions/" + id), token)
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(now.getString("status"))
                    ? Optional.of(now)
                    : Optional.empty();
        });
    }

    /** The bytes of a completed execution's file, through its presigned link. */
    public static byte[] file(Shop shop, String token, String reportId, String executionId)
            throws IOException, InterruptedException {
        String url = Api.request("GET", shop.path("/reports/" + reportId + "/executions/" + executionId + "/download"))
                .token(token)
                .header("Accept", "application/json")
                .send()
                .expect(200)
                .json()
                .getString("url");
        HttpResponse<byte[]> response =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("download of " + executionId + " answered " + response.statusCode());
        }
        return response.body();
    }
}
