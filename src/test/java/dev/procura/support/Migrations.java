package dev.procura.support;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs the operator's tenant migration job over every tenant and waits for it, for the migration tests. */
public final class Migrations {

    private Migrations() {}

    /** The finished run (status completed, failed or stopped), with the job execution's {@code id}. */
    public static JsonObject runAll() throws java.sql.SQLException {
        Tenants.Member operator = Tenants.platformAdmin();
        Reply started = Api.request("POST", "/api/v1/admin/migrations")
                .token(operator.token())
                .send()
                .expect(202);
        String location = started.header("Location").orElseThrow();
        return Await.until("the migration run", Duration.ofMinutes(3), () -> {
            JsonObject run = Api.get(location.substring(location.indexOf("/api/")), operator.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed", "stopped").contains(run.getString("status"))
                    ? Optional.of(run)
                    : Optional.empty();
        });
    }
}
