package dev.procura.platform.observability;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import java.util.UUID;

/**
 * Who and what a log line is about: the request id, user id and tenant id of the request the
 * thread serves. Liberty writes them into JSON logs as {@code ext_requestId}, {@code ext_userId}
 * and {@code ext_tenantId}. Never a token, password or key.
 */
public final class LogContext {

    private static final String REQUEST = "requestId";
    private static final String USER = "userId";
    private static final String TENANT = "tenantId";

    private LogContext() {}

    public static void request(String requestId) {
        LogRecordContext.addExtension(REQUEST, requestId);
    }

    public static void user(UUID userId) {
        LogRecordContext.addExtension(USER, userId.toString());
    }

    public static void tenant(UUID tenantId) {
        LogRecordContext.addExtension(TENANT, tenantId.toString());
    }

    /** At the end of the request: the thread goes back to the pool. */
    public static void clear() {
        LogRecordContext.removeExtension(REQUEST);
        LogRecordContext.removeExtension(USER);
        LogRecordContext.removeExtension(TENANT);
    }
}
