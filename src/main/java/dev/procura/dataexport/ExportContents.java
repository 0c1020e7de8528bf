package dev.procura.dataexport;

import java.util.Map;

/** What an export archive holds: rows per table and the files with their bytes. */
public record ExportContents(Map<String, Long> rowsByTable, int files, long fileBytes) {

    public long rows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
