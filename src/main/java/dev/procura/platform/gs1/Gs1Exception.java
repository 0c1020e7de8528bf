package dev.procura.platform.gs1;

/** GS1 data that cannot be read or written; the message says what is wrong and where. */
public class Gs1Exception extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public Gs1Exception(String message) {
        super(message);
    }
}
