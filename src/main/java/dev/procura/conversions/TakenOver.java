package dev.procura.conversions;

/** Another server staged a chunk this one was about to stage: it has taken the conversion over, this run stops. */
final class TakenOver extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TakenOver(String message) {
        super(message);
    }
}
