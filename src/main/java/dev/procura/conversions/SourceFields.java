package dev.procura.conversions;

import dev.procura.platform.exports.ExportField;
import java.util.List;

/** The fields a template may name for one source type: the record's (with the ones conversions add) and its lines'. */
record SourceFields(String type, List<ExportField> fields, List<ExportField> lineFields) {}
