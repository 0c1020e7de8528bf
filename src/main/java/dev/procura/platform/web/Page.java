package dev.procura.platform.web;

import java.util.List;

/** The envelope of every list answer. */
public record Page<T>(List<T> items, int page, int perPage, long total) {}
