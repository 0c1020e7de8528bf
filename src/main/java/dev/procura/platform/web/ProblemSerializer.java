package dev.procura.platform.web;

import dev.procura.platform.failures.FieldError;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.Map;

/** Writes a problem's standard members in RFC order, then its extension members beside them. */
public class ProblemSerializer implements JsonbSerializer<Problem> {

    @Override
    public void serialize(Problem problem, JsonGenerator json, SerializationContext context) {
        json.writeStartObject();
        json.write("type", problem.type());
        json.write("title", problem.title());
        json.write("status", problem.status());
        write(json, "detail", problem.detail());
        write(json, "instance", problem.instance());
        write(json, "request_id", problem.requestId());
        if (problem.errors() != null) {
            json.writeStartArray("errors");
            for (FieldError error : problem.errors()) {
                json.writeStartObject()
                        .write("field", error.field())
                        .write("message", error.message())
                        .writeEnd();
            }
            json.writeEnd();
        }
        if (problem.extensions() != null) {
            for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
                context.serialize(member.getKey(), member.getValue(), json);
            }
        }
        json.writeEnd();
    }

    private static void write(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}
