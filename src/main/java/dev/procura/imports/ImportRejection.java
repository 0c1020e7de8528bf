package dev.procura.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One field error of a rejected row of an import. */
@Entity
@Table(name = "import_rejections")
@IdClass(ImportRejection.Key.class)
public class ImportRejection {

    /** The primary key: the import, the file row and the error's place among the row's errors. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID importId;
        private int rowNumber;
        private int position;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(importId, key.importId)
                    && rowNumber == key.rowNumber
                    && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, rowNumber, position);
        }
    }

    private static final int MAX_MESSAGE = 1000;
    private static final int MAX_TEXT = 255;

    @Id
    @Column(name = "import_id")
    private UUID importId;

    @Id
    @Column(name = "row_number")
    private int rowNumber;

    @Id
    private int position;

    @Column(name = "record_key")
    private String recordKey;

    private String field;
    private String message;

    protected ImportRejection() {}

    ImportRejection(UUID importId, int rowNumber, int position, String recordKey, String field, String message) {
        this.importId = importId;
        this.rowNumber = rowNumber;
        this.position = position;
        this.recordKey = cut(recordKey, MAX_TEXT);
        this.field = cut(field, MAX_TEXT);
        this.message = cut(message, MAX_MESSAGE);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public int rowNumber() {
        return rowNumber;
    }

    public String recordKey() {
        return recordKey;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
