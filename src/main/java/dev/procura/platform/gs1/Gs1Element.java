package dev.procura.platform.gs1;

public record Gs1Element(String ai, String value) {}
