package dev.procura.platform.events;

import dev.procura.platform.failures.Failure;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that goes away by itself (a database, broker or store that cannot be reached
 * now) from one that will happen again however often a message is retried (a poison message).
 */
public final class TransientFailures {

    private TransientFailures() {}

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Failure.Unavailable
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof RetriableException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException
                    || t instanceof IOException
                    || isConnectionState(t)
                    || t.getClass().getName().equals("software.amazon.awssdk.core.exception.SdkClientException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** SQL state class 08 (connection exception) or 57P (operator intervention: shutdown, crash). */
    private static boolean isConnectionState(Throwable t) {
        if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        return state.startsWith("08") || state.startsWith("57P") || "53300".equals(state);
    }
}
