package dev.procura.customers;

import dev.procura.customers.CustomerViews.CustomerView;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/customers")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Customers",
        description = "Whom the tenant sells to: addresses, contacts, currency, payment terms, credit limit, status"
                + " and custom fields")
@APIResponse(responseCode = "404", description = "No such tenant or customer, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class CustomerResource {

    @Inject
    CustomerService customers;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a customer",
            description = "The code is unique in the tenant (in any case); currency, credit limit currency and"
                    + " payment term are active ones of the tenant; address countries are ISO 3166 alpha-2.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported), an unknown or inactive currency or payment term, or a bad"
                    + " custom field value")
    @APIResponse(responseCode = "409", description = "Another customer has the code (`customer-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull CustomerRequests.Define body) {
        CustomerView created = customers.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/customers/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List customers",
            description = "Filters: `q` (code, legal name or tax id contains), `status`, `currency`, and custom"
                    + " fields: `cf.<key>=` (equals), `cf.<key>.from=` / `cf.<key>.to=` (inclusive). `sort`: code,"
                    + " legal_name, currency, status, created_at, updated_at, cf.<key>; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of customers")
    @APIResponse(
            responseCode = "400",
            description = "Invalid paging or sort, or a filter naming no custom field or of the wrong type")
    public Page<CustomerView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code, legal name or tax id contains this (any case)")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @QueryParam("status") @Pattern(regexp = "active|on_hold|inactive") String status,
            @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}") String currency,
            @QueryParam("sort") @DefaultValue("code") String sort,
            @Context UriInfo uri) {
        return customers.list(
                new CustomerRepository.Filter(q, status, currency),
                CustomFieldFilter.of(uri.getQueryParameters()),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A customer")
    @APIResponse(
            responseCode = "200",
            description = "The customer",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    public CustomerView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return customers.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change a customer",
            description = "In full (custom fields: the keys given; null clears one). `status: inactive` deactivates"
                    + " it, `on_hold` holds it; a currency or payment term it already has may stay although"
                    + " deactivated since.")
    @APIResponse(
            responseCode = "200",
            description = "The customer",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another customer has the code (`customer-code-taken`)")
    public CustomerView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull CustomerRequests.Define body) {
        return customers.change(caller.get().userId(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(summary = "Delete a customer", description = "Only while no record refers to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Records refer to the customer (`customer-in-use`): deactivate it instead")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        customers.delete(caller.get().userId(), id);
        return Response.noContent().build();
    }
}
