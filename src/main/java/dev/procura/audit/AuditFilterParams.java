package dev.procura.audit;

import dev.procura.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** The query parameters every audit log view takes: the filters and the page. */
public class AuditFilterParams {

    @QueryParam("user_id")
    public UUID userId;

    @QueryParam("action")
    public String action;

    @QueryParam("entity_type")
    public String entityType;

    @QueryParam("entity_id")
    public String entityId;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    public int page;

    @QueryParam("per_page")
    @DefaultValue(Paging.DEFAULT_PER_PAGE)
    @Min(1)
    @Max(Paging.MAX_PER_PAGE)
    public int perPage;

    AuditService.Filter filter() {
        return new AuditService.Filter(userId, action, entityType, entityId, from, to);
    }

    /** The same filters for one person's activity (the path names the person). */
    AuditService.Filter filterOf(UUID person) {
        return new AuditService.Filter(person, action, entityType, entityId, from, to);
    }
}
