package dev.procura.platform.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void unreachableServicesAreTransient() {
        assertTrue(TransientFailures.isTransient(new Failure.Unavailable("down", Duration.ofSeconds(1))));
        assertTrue(TransientFailures.isTransient(new IllegalStateException(new SQLException("refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("shutting down", "57P01"))));
        assertTrue(TransientFailures.isTransient(new UncheckedIOException(new ConnectException("refused"))));
        assertTrue(TransientFailures.isTransient(new TimeoutException("no broker")));
    }

    @Test
    void badDataIsNot() {
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("not a UUID")));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("violates", "23505"))));
        assertFalse(TransientFailures.isTransient(new RecordTooLargeException("too large")));
        assertFalse(TransientFailures.isTransient(new Failure.NotFound("gone")));
    }

    @Test
    void theRelayParksOnlyWhatTheBrokerRefusesItself() {
        assertTrue(OutboxRelay.isRefusal(new RecordTooLargeException("2 MB")));
        assertTrue(OutboxRelay.isRefusal(new org.apache.kafka.common.errors.InvalidTopicException("bad")));
        assertFalse(OutboxRelay.isRefusal(new TimeoutException("expired")));
        assertFalse(OutboxRelay.isRefusal(new org.apache.kafka.common.errors.NotLeaderOrFollowerException("moving")));
        assertFalse(OutboxRelay.isRefusal(new org.apache.kafka.common.errors.TopicAuthorizationException("denied")));
        assertFalse(OutboxRelay.isRefusal(new IllegalStateException("producer closed")));
    }
}
