package dev.procura.conversions;

/** A conversion's file grew past the largest document the tenant may store. */
final class OutputTooLarge extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputTooLarge(long limit) {
        super("The file would be larger than " + limit + " bytes, the largest document allowed"
                + " (procura.documents.max-bytes); select fewer records or fewer columns");
    }
}
