package dev.procura.conversions.render;

import java.util.Locale;

/** The file formats a conversion produces. */
public enum OutputFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    CSV("text/csv", "csv"),
    JSON("application/json", "json");

    public final String mediaType;
    public final String extension;

    OutputFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The API's name for it: pdf, xlsx, … */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
