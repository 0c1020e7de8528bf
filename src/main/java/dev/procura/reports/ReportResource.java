package dev.procura.reports;

import dev.procura.documents.DocumentViews.DownloadView;
import dev.procura.documents.DownloadAnswer;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.reports.ReportViews.ExecutionView;
import dev.procura.reports.ReportViews.ReportView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Reports",
        description = "Report definitions over a fixed catalogue of datasets (never SQL), run as batch jobs"
                + " that write CSV, XLSX, PDF, Word or JSON into the tenant's documents.")
@APIResponse(responseCode = "404", description = "No such tenant, report or execution, or not a member")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or the dataset's read permission), or the tenant is suspended or"
                + " deleted")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/datasets")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "The dataset catalogue",
            description = "Every dataset a report can use: its fields with their types, the filters it takes and the"
                    + " permission a member needs to run a report of it. A `<type>_line` dataset has one row per"
                    + " line of a record, the record's fields in front; a line field with a record field's name is"
                    + " called `line_<key>`.")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content = @Content(schema = @Schema(implementation = ReportViews.Datasets.class)))
    public ReportViews.Datasets datasets(@PathParam("tenantId") UUID tenantId) {
        return reports.catalogue();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(
            summary = "Create a report",
            description = "Checked against the catalogue: the dataset (and its read permission), columns, filters and"
                    + " their values, conditions and their values by the field's type, group_by, aggregates (sum"
                    + " and avg of numbers only) and sort (output columns only); every mistake is reported.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another report has the name (`report-name-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull ReportRequests.Define body) {
        ReportView created = reports.create(caller.get().userId(), body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/reports/{id}").build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "The reports", description = "By name.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<ReportView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return reports.list(page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "A report", description = "With the output columns its definition gives.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return reports.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(
            summary = "Change a report",
            description = "In full, as created; runs already made keep their definition.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another report has the name (`report-name-taken`)")
    public ReportView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull ReportRequests.Define body) {
        return reports.change(caller.get().userId(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(
            summary = "Delete a report",
            description = "With its executions' records; the files they made stay in the documents.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        reports.delete(caller.get().userId(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/execute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "Run a report",
            description = "Queues a batch job and answers at once; poll the execution (`Location`) until it is"
                    + " completed or failed. The body is `{}`, or `{format}` to override the report's format."
                    + " The member needs the dataset's read permission.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    public Response execute(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid ReportRequests.Execute body) {
        ExecutionView queued = reports.execute(caller.get().userId(), id, body == null ? null : body.format());
        return Response.accepted(queued)
                .location(UriBuilder.fromPath("/api/v1/tenants/{t}/reports/{id}/executions/{e}")
                        .build(tenantId, id, queued.id()))
                .build();
    }

    @GET
    @Path("/{id}/executions")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "A report's executions", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of executions")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<ExecutionView> executions(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return reports.executions(id, page, perPage);
    }

    @GET
    @Path("/{id}/executions/{executionId}")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "An execution", description = "Its status, rows, timings and file.")
    @APIResponse(
            responseCode = "200",
            description = "The execution",
            content = @Content(schema = @Schema(implementation = ExecutionView.class)))
    public ExecutionView execution(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("executionId") UUID executionId) {
        return reports.execution(id, executionId);
    }

    @GET
    @Path("/{id}/executions/{executionId}/download")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "A time-limited download URL of the file",
            description = "JSON `{url, expires_at}` when the client accepts JSON, otherwise a 302 redirect to the URL."
                    + " The download is recorded on the file's document.")
    @APIResponse(
            responseCode = "200",
            description = "The link",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DownloadView.class)))
    @APIResponse(responseCode = "302", description = "Redirect to the link (in `Location`)")
    @APIResponse(responseCode = "409", description = "Not completed (`report-not-ready`)")
    public Response download(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("executionId") UUID executionId,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return DownloadAnswer.of(reports.download(caller.get(), id, executionId), accept);
    }
}
