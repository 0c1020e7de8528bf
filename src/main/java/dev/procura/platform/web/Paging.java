package dev.procura.platform.web;

/** Bounds of the page and per_page query parameters shared by every list. */
public final class Paging {

    public static final String DEFAULT_PER_PAGE = "20";
    public static final int MAX_PER_PAGE = 100;

    private Paging() {}
}
