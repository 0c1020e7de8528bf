package dev.procura.conversions.render;

/**
 * How a PDF or Word document is laid out. {@code footer} is free text printed at the bottom of each
 * page beside "Page x of y"; {@code pageBreakPerRecord} starts each record (with lines) on a new page.
 */
public record Layout(boolean landscape, boolean pageBreakPerRecord, String footer) {

    public static final Layout DEFAULT = new Layout(false, false, null);
}
