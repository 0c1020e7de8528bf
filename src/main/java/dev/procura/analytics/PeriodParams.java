package dev.procura.analytics;

import dev.procura.platform.analytics.Interval;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period every analytics endpoint takes: {@code from}, {@code to} (both included) and {@code interval}. */
public class PeriodParams {

    @Parameter(required = true, description = "First day, ISO 8601", example = "2026-01-01")
    @QueryParam("from")
    String from;

    @Parameter(required = true, description = "Last day (included), ISO 8601", example = "2026-12-31")
    @QueryParam("to")
    String to;

    @Parameter(
            description = "Bucket size; default month",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"day", "week", "month", "quarter"}))
    @QueryParam("interval")
    String interval;

    /** The period, or a 400 problem naming the parameter that does not make one. */
    Period period() {
        return new Period(Params.date("from", from), Params.date("to", to), Interval.parse(interval));
    }
}
