package dev.procura.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with what holds for every operation by construction, so the
 * document says what the server does: operation ids in the form {@code supplierCreate}; every
 * error a filter or mapper can answer with (401 on secured operations; 403, 404 and 503 on
 * tenant-scoped ones; 403 on platform administration; 404 when the path names something; 400 when
 * there is a body or a parameter; 415 when there is a body; 406 when the answer has a body; 500
 * everywhere), each as problem+json with one
 * {@code Problem} schema; and {@code security: []} on the public operations (those without a
 * bearer requirement: resources declare it with {@code @SecurityRequirement}).
 */
public class OpenApiContract implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final java.util.regex.Pattern DIGITS =
            java.util.regex.Pattern.compile("\\^\\\\d\\{1,(\\d+)}.*\\\\d\\{1,(\\d+)}.*");

    /**
     * Bean Validation's {@code @Digits} becomes a {@code pattern}, which JSON Schema applies to
     * strings only: on a number it promises nothing, so it is said in words instead.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null
                && schema.getType() != null
                && (schema.getType().contains(Schema.SchemaType.NUMBER)
                        || schema.getType().contains(Schema.SchemaType.INTEGER))) {
            java.util.regex.Matcher digits = DIGITS.matcher(schema.getPattern());
            if (digits.matches()) {
                String limit = "At most " + digits.group(1) + " digits before the decimal point and " + digits.group(2)
                        + " after it.";
                schema.setDescription(schema.getDescription() == null ? limit : schema.getDescription() + " " + limit);
            }
            schema.setPattern(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("This server")));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                    path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), path.getValue(), operation.getKey(), operation.getValue());
            }
        }
    }

    private static void complete(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        inPathOrder(path, operation);
        if (operation.getOperationId() != null) {
            operation.setOperationId(operationId(operation.getOperationId()));
        }
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = hasParameters(item, operation);
        if (hasBody || hasParameters) {
            add(responses, "400", "Invalid request: the fields or parameters at fault are listed in `errors`");
        }
        if (secured) {
            add(responses, "401", "Missing, invalid, expired or revoked access token");
        }
        if (path.startsWith("/api/v1/tenants/{tenantId}")) {
            add(responses, "403", "The role lacks the permission, or the tenant is suspended or deleted");
            add(responses, "404", "No such tenant (or the caller is not a member) or no such resource in it");
            add(responses, "503", "The tenant's database is busy or unreachable; retry after `Retry-After` seconds");
            add(
                    responses,
                    "429",
                    "The tenant has used its plan's monthly API requests (`plan-limit-exceeded`); retry after"
                            + " `Retry-After` seconds");
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                add(
                        responses,
                        "409",
                        "A conflict with the record's state, or the tenant is read-only for now (`tenant-read-only`)");
            }
        } else if (path.startsWith("/api/v1/admin")) {
            add(responses, "403", "The caller is not a platform administrator");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing with that id");
        }
        if (hasBody && method != PathItem.HttpMethod.GET) {
            add(responses, "415", "The body's media type is not one this operation accepts");
        }
        boolean answersWithBody = responses.getAPIResponses().entrySet().stream()
                .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null);
        if (answersWithBody) {
            add(responses, "406", "The `Accept` header excludes every media type this operation answers with");
        }
        add(responses, "500", "An unexpected failure; the problem carries the `request_id` to quote to operators");
        for (Map.Entry<String, APIResponse> response :
                responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
            if (response.getKey().equals("201")) {
                response.getValue().addHeader("Location", location("Where the created resource is read"));
            }
        }
    }

    static org.eclipse.microprofile.openapi.models.headers.Header location(String description) {
        return OASFactory.createHeader()
                .description(description)
                .required(true)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .format("uri-reference"));
    }

    /**
     * Path parameters in the order the path names them, then the others as declared: generated
     * clients take them in this order, and {@code (tenantId, id)} must not read as {@code (id, tenantId)}.
     */
    private static void inPathOrder(String path, Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || parameters.size() < 2) {
            return;
        }
        List<Parameter> ordered = new ArrayList<>(parameters);
        ordered.sort(Comparator.comparingInt(p -> p.getIn() == Parameter.In.PATH && p.getName() != null
                ? path.indexOf("{" + p.getName() + "}")
                : Integer.MAX_VALUE));
        operation.setParameters(ordered);
    }

    private static boolean hasParameters(PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        return !parameters.isEmpty();
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** {@code SupplierResource_create} → {@code supplierCreate}. */
    static String operationId(String generated) {
        int separator = generated.indexOf('_');
        if (separator < 0) {
            return generated;
        }
        String type = generated.substring(0, separator).replaceAll("Resource$", "");
        String method = generated.substring(separator + 1);
        return type.substring(0, 1).toLowerCase(Locale.ROOT)
                + type.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT)
                + method.substring(1);
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("A URI naming the problem type: " + Problem.TYPE_BASE + "<slug>", "uri"));
        properties.put("title", string("A short summary of the problem type", null));
        properties.put(
                "status",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"));
        properties.put("detail", string("What happened in this occurrence", null));
        properties.put("instance", string("The request path, when given", null));
        properties.put("request_id", string("The request's id (also the `X-Request-Id` header)", null));
        properties.put(
                "errors",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .description("For validation problems: every field at fault")
                        .items(OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .addRequired("field")
                                .addRequired("message")
                                .addProperty(
                                        "field",
                                        string("The snake_case path of the field, e.g. lines[2].quantity", null))
                                .addProperty("message", string("What is wrong with it", null))));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; some types add members stating the facts "
                        + "(`current_status`, `budget`, `scorecard`, …); see docs/problems.md")
                .required(List.of("type", "title", "status"))
                .properties(properties)
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema string(String description, String format) {
        Schema schema =
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
        return format == null ? schema : schema.format(format);
    }
}
