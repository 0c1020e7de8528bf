package dev.procura.platform.gs1;

public class Gs1Exception extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public Gs1Exception(String message) {
        super(message);
    }
}
