package dev.procura.platform.config;

/** Development relaxes start-up requirements (e.g. generates a signing key); production never does. */
public enum RunMode {
    DEV,
    PROD;

    public static RunMode parse(String value) {
        return "dev".equalsIgnoreCase(value == null ? "" : value.strip()) ? DEV : PROD;
    }
}
