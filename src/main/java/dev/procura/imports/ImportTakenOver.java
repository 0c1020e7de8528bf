package dev.procura.imports;

/** Another run of the same import went on (a server that was only paused came back): this one stops. */
class ImportTakenOver extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportTakenOver(String message) {
        super(message);
    }
}
