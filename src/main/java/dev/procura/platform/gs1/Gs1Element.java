package dev.procura.platform.gs1;

/** One GS1 element: an application identifier and its value, e.g. {@code 10} and {@code ABC123}. */
public record Gs1Element(String ai, String value) {

    @Override
    public String toString() {
        return "(" + ai + ")" + value;
    }
}
