package dev.procura.platform.failures;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act upon, in the domain's terms: what kind of failure it is, its
 * {@link ProblemType} (slug, title and status, from the one catalogue), a detail, the fields at
 * fault and the facts behind it. Services throw one of the subclasses; nothing here depends on
 * Jakarta REST: the web layer writes the problem ({@code platform.web.FailureMapper}).
 */
public abstract class Failure extends RuntimeException {

    /** What went wrong, as the caller sees it, and the HTTP status that says so. */
    public enum Kind {
        INVALID(400),
        UNAUTHENTICATED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        TOO_LARGE(413),
        RATE_LIMITED(429),
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final ProblemType type;

    /** Refuses a type of another status than the kind's: a conflict cannot be answered as a 403. */
    protected Failure(Kind kind, ProblemType type, String detail) {
        super(detail);
        if (type.status() != kind.status()) {
            throw new IllegalArgumentException(
                    "The problem type " + type.slug() + " (" + type.status() + ") is not a " + kind + " failure");
        }
        this.kind = kind;
        this.type = type;
    }

    public Kind kind() {
        return kind;
    }

    public ProblemType type() {
        return type;
    }

    /** The request's fields at fault, if any. */
    public List<FieldError> errors() {
        return List.of();
    }

    /** Facts behind the failure (a current status, figures), named as they are sent. */
    public Map<String, Object> facts() {
        return Map.of();
    }

    /** Seconds the client should wait before retrying, if the failure is temporary. */
    public Duration retryAfter() {
        return null;
    }

    public static final class NotFound extends Failure {
        private final Map<String, Object> facts;

        public NotFound(String detail) {
            this(ProblemType.NOT_FOUND, detail, Map.of());
        }

        /** The facts must be members the type documents ({@link ProblemType#members()}). */
        public NotFound(ProblemType type, String detail, Map<String, Object> facts) {
            super(Kind.NOT_FOUND, type, detail);
            for (String member : facts.keySet()) {
                if (!type.members().contains(member)) {
                    throw new IllegalArgumentException(
                            "The problem type " + type.slug() + " does not document the member " + member);
                }
            }
            this.facts = facts;
        }

        @Override
        public Map<String, Object> facts() {
            return facts;
        }
    }

    public static final class Conflict extends Failure {
        private final Map<String, Object> facts;

        public Conflict(ProblemType type, String detail) {
            this(type, detail, Map.of());
        }

        /** The facts must be members the type documents ({@link ProblemType#members()}). */
        public Conflict(ProblemType type, String detail, Map<String, Object> facts) {
            super(Kind.CONFLICT, type, detail);
            for (String member : facts.keySet()) {
                if (!type.members().contains(member)) {
                    throw new IllegalArgumentException(
                            "The problem type " + type.slug() + " does not document the member " + member);
                }
            }
            this.facts = facts;
        }

        @Override
        public Map<String, Object> facts() {
            return facts;
        }
    }

    /** A status change the document's state machine does not allow from where it is. */
    public static final class InvalidTransition extends Failure {
        private final String currentStatus;

        public InvalidTransition(String what, String currentStatus, String action) {
            super(
                    Kind.CONFLICT,
                    ProblemType.INVALID_TRANSITION,
                    what + " is " + currentStatus + "; it cannot be " + action);
            this.currentStatus = currentStatus;
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("current_status", currentStatus);
        }
    }

    public static final class Unauthorized extends Failure {
        public Unauthorized(ProblemType type, String detail) {
            super(Kind.UNAUTHENTICATED, type, detail);
        }
    }

    public static final class Forbidden extends Failure {
        private final Map<String, Object> facts;

        public Forbidden(ProblemType type, String detail) {
            this(type, detail, Map.of());
        }

        /** The facts must be members the type documents ({@link ProblemType#members()}). */
        public Forbidden(ProblemType type, String detail, Map<String, Object> facts) {
            super(Kind.FORBIDDEN, type, detail);
            for (String member : facts.keySet()) {
                if (!type.members().contains(member)) {
                    throw new IllegalArgumentException(
                            "The problem type " + type.slug() + " does not document the member " + member);
                }
            }
            this.facts = facts;
        }

        @Override
        public Map<String, Object> facts() {
            return facts;
        }
    }

    public static final class InvalidInput extends Failure {
        private final List<FieldError> errors;

        public InvalidInput(List<FieldError> errors) {
            super(
                    Kind.INVALID,
                    ProblemType.VALIDATION,
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
            this.errors = List.copyOf(errors);
        }

        public InvalidInput(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        /** Input refused as a whole with a type of its own (e.g. a spent or expired token). */
        public InvalidInput(ProblemType type, String detail) {
            super(Kind.INVALID, type, detail);
            this.errors = List.of();
        }

        @Override
        public List<FieldError> errors() {
            return errors;
        }
    }

    /** A body that is not what its Content-Type says (e.g. a broken multipart/form-data body). */
    public static final class MalformedBody extends Failure {
        public MalformedBody(ProblemType type, String detail) {
            super(Kind.INVALID, type, detail);
        }
    }

    public static final class PayloadTooLarge extends Failure {
        private final Map<String, Object> facts;

        public PayloadTooLarge(String detail) {
            this(ProblemType.PAYLOAD_TOO_LARGE, detail, Map.of());
        }

        public PayloadTooLarge(ProblemType type, String detail, Map<String, Object> facts) {
            super(Kind.TOO_LARGE, type, detail);
            this.facts = facts;
        }

        @Override
        public Map<String, Object> facts() {
            return facts;
        }
    }

    public static final class TooManyRequests extends Failure {
        private final Duration retryAfter;
        private final Map<String, Object> facts;

        public TooManyRequests(ProblemType type, String detail, Duration retryAfter) {
            this(type, detail, retryAfter, Map.of());
        }

        public TooManyRequests(ProblemType type, String detail, Duration retryAfter, Map<String, Object> facts) {
            super(Kind.RATE_LIMITED, type, detail);
            this.retryAfter = retryAfter;
            this.facts = facts;
        }

        @Override
        public Map<String, Object> facts() {
            return facts;
        }

        @Override
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    public static final class Unavailable extends Failure {
        private final Duration retryAfter;

        public Unavailable(String detail, Duration retryAfter) {
            super(Kind.UNAVAILABLE, ProblemType.UNAVAILABLE, detail);
            this.retryAfter = retryAfter;
        }

        @Override
        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
