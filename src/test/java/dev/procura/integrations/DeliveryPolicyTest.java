package dev.procura.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.integrations.DeliveryPolicy.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void twoHundredsAreSent() {
        assertEquals(Verdict.SENT, DeliveryPolicy.verdict(200));
        assertEquals(Verdict.SENT, DeliveryPolicy.verdict(201));
        assertEquals(Verdict.SENT, DeliveryPolicy.verdict(204));
    }

    @Test
    void serverErrorsTimeoutsAndThrottlingAreRetried() {
        assertEquals(Verdict.RETRY, DeliveryPolicy.verdict(500));
        assertEquals(Verdict.RETRY, DeliveryPolicy.verdict(503));
        assertEquals(Verdict.RETRY, DeliveryPolicy.verdict(408));
        assertEquals(Verdict.RETRY, DeliveryPolicy.verdict(429));
    }

    @Test
    void otherClientErrorsAndRedirectsAreDeadAtOnce() {
        assertEquals(Verdict.DEAD, DeliveryPolicy.verdict(400));
        assertEquals(Verdict.DEAD, DeliveryPolicy.verdict(401));
        assertEquals(Verdict.DEAD, DeliveryPolicy.verdict(404));
        assertEquals(Verdict.DEAD, DeliveryPolicy.verdict(422));
        assertEquals(Verdict.DEAD, DeliveryPolicy.verdict(302));
    }

    @Test
    void backoffDoublesFromTheBaseAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(30), DeliveryPolicy.backoff(1, BASE, MAX));
        assertEquals(Duration.ofSeconds(60), DeliveryPolicy.backoff(2, BASE, MAX));
        assertEquals(Duration.ofSeconds(120), DeliveryPolicy.backoff(3, BASE, MAX));
        assertEquals(Duration.ofSeconds(240), DeliveryPolicy.backoff(4, BASE, MAX));
    }

    @Test
    void backoffNeverExceedsTheCapEvenAfterManyAttempts() {
        assertEquals(MAX, DeliveryPolicy.backoff(8, BASE, MAX));
        assertEquals(MAX, DeliveryPolicy.backoff(1_000, BASE, MAX));
        assertEquals(Duration.ofSeconds(5), DeliveryPolicy.backoff(1, Duration.ofSeconds(10), Duration.ofSeconds(5)));
    }

    @Test
    void attemptsCountFromOne() {
        assertThrows(IllegalArgumentException.class, () -> DeliveryPolicy.backoff(0, BASE, MAX));
    }

    @Test
    void theLastAllowedAttemptLeavesNoOther() {
        assertTrue(DeliveryPolicy.mayRetry(1, 3));
        assertTrue(DeliveryPolicy.mayRetry(2, 3));
        assertFalse(DeliveryPolicy.mayRetry(3, 3));
        assertFalse(DeliveryPolicy.mayRetry(1, 1));
    }

    @Test
    void errorsAreOneLineAndBounded() {
        assertEquals("HTTP 500: boom at line", DeliveryPolicy.error("HTTP 500: boom\n\tat line"));
        assertEquals(1000, DeliveryPolicy.error("x".repeat(5000)).length());
        assertNull(DeliveryPolicy.error(null));
    }

    @Test
    void theExternalIdIsReadFromTheConfiguredMember() {
        assertEquals("ERP-1", HttpDelivery.externalId("{\"id\":\"ERP-1\"}", "id"));
        assertEquals("4711", HttpDelivery.externalId("{\"doc_no\":4711}", "doc_no"));
        assertNull(HttpDelivery.externalId("{\"id\":\"ERP-1\"}", "doc_no"));
        assertNull(HttpDelivery.externalId("not json", "id"));
        assertNull(HttpDelivery.externalId("[1,2]", "id"));
        assertNull(HttpDelivery.externalId("", "id"));
        assertNull(HttpDelivery.externalId("{\"id\":{\"nested\":1}}", "id"));
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2
        assertEquals(
                "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signatures.sign("Jefe", "what do ya want for nothing?"));
    }
}
