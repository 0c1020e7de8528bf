package dev.procura.imports;

/** Why an import's file cannot be imported as a whole; the message is for the person who asked. */
class ImportFileRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportFileRejected(String message) {
        super(message);
    }
}
