package dev.procura.platform.customfields;

/** OpenAPI texts every list and record with custom fields shares. */
public final class CustomFieldDocs {

    public static final String LISTS = " Custom fields: `cf.<key>=` (equals; a multi-choice field holds the code),"
            + " `cf.<key>.from=` / `cf.<key>.to=` (inclusive: numbers, money amounts, dates, date-times),"
            + " `sort=cf.<key>`.";

    public static final String BAD_FILTER =
            "A filter or sort names no custom field of this record type, or a value of the wrong type";

    public static final String VALUES = "Values of the tenant's custom fields by key (GET /custom-fields); on update"
            + " only the keys sent change, null clears one";

    public static final String SHOWN = "Values of the tenant's custom fields by key (archived fields hidden)";

    private CustomFieldDocs() {}
}
