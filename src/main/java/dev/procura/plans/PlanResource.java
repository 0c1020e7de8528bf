package dev.procura.plans;

import dev.procura.plans.PlanViews.PlanView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/admin/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Plans and usage", description = "Plans, limits, metered usage and billing, for operators")
@APIResponse(responseCode = "401", description = "Missing or invalid access token")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The plans, by code")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanView> list(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return plans.list(page, perPage);
    }

    @POST
    @Operation(
            summary = "Create a plan",
            description = "Limits left out are unlimited; monthly limits (api_requests, conversions, emails) count"
                    + " per calendar month in UTC.")
    @APIResponse(
            responseCode = "201",
            description = "Created; `Location` is the plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "Another plan has the code (`plan-code-taken`)")
    public Response create(@Valid @NotNull PlanRequests.Save body) {
        PlanView created = plans.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/admin/plans/{id}").build(created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One plan")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanView get(@PathParam("id") UUID id) {
        return plans.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Change a plan",
            description = "Replaces every term; tenants on the plan get the new limits at once, on every server.")
    @APIResponse(responseCode = "200", description = "The changed plan")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Another plan has the code (`plan-code-taken`)")
    public PlanView change(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.Save body) {
        return plans.change(caller.get(), id, body);
    }
}
