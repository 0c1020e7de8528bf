package dev.procura.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Reply;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Every failure, even one raised by the runtime before our code runs, answers problem+json. */
@MicroShedTest
class ErrorModelIT {

    @Test
    void unknownPathsAreNotFoundProblems() {
        Api.get("/api/v1/no-such-thing", null).expectProblem(404, "not-found");
        Api.get("/definitely/not/here", null).expectProblem(404, "not-found");
    }

    @Test
    void wrongMethodsAreProblemsThatListTheAllowedOnes() {
        Reply reply = Api.request("DELETE", "/api/v1/auth/login").send();
        reply.expectProblem(405, "method-not-allowed");
        assertTrue(
                reply.header("Allow").orElse("").contains("POST"),
                reply.headers().toString());
    }

    @Test
    void unacceptableMediaTypesAreProblems() {
        Api.request("POST", "/api/v1/auth/login")
                .body("application/xml", "<login/>")
                .send()
                .expectProblem(415, "unsupported-media-type");
        Api.request("GET", "/api/v1/users/me")
                .header("Accept", "text/csv")
                .token(Accounts.login(Accounts.register()).accessToken())
                .send()
                .expectProblem(406, "not-acceptable");
    }

    @Test
    void aClientRequestIdIsEchoedAndAMissingOneIsMade() {
        Reply echoed = Api.request("GET", "/api/v1/nothing")
                .header("X-Request-Id", "trace-abc.123")
                .send();
        assertEquals("trace-abc.123", echoed.header("X-Request-Id").orElseThrow());
        assertEquals("trace-abc.123", echoed.json().getString("request_id"));

        String made = Api.get("/api/v1/nothing", null).header("X-Request-Id").orElseThrow();
        assertEquals(36, made.length(), made);
    }

    @Test
    void unsafeOrLongRequestIdsAreNotEchoedVerbatim() {
        String unsafe = Api.request("GET", "/api/v1/nothing")
                .header("X-Request-Id", "<script>alert(1)</script>")
                .send()
                .header("X-Request-Id")
                .orElseThrow();
        assertNotEquals("<script>alert(1)</script>", unsafe);
        assertTrue(unsafe.matches("[0-9a-f-]{36}"), unsafe);

        String longId = "a".repeat(200);
        assertEquals(
                "a".repeat(64),
                Api.request("GET", "/api/v1/nothing")
                        .header("X-Request-Id", longId)
                        .send()
                        .header("X-Request-Id")
                        .orElseThrow());
    }

    @Test
    void corsAnswersOnlyTheConfiguredOrigins() {
        Reply allowed = Api.request("OPTIONS", "/api/v1/users/me")
                .header("Origin", "https://app.procura.localhost")
                .header("Access-Control-Request-Method", "GET")
                .send()
                .expect(204);
        assertEquals(
                "https://app.procura.localhost",
                allowed.header("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(allowed.header("Access-Control-Allow-Headers").orElseThrow().contains("Authorization"));

        Api.request("OPTIONS", "/api/v1/users/me")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .send()
                .expectProblem(403, "cors-origin-refused");

        Reply simple = Api.request("GET", "/.well-known/jwks.json")
                .header("Origin", "https://evil.example")
                .send();
        assertTrue(simple.header("Access-Control-Allow-Origin").isEmpty());
        Reply permitted = Api.request("GET", "/.well-known/jwks.json")
                .header("Origin", "https://app.procura.localhost")
                .send();
        assertEquals(
                "https://app.procura.localhost",
                permitted.header("Access-Control-Allow-Origin").orElseThrow());
    }
}
