package dev.procura.platform.health;

import dev.procura.platform.persistence.ControlDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the control database is migrated and answers now. */
@Readiness
@ApplicationScoped
public class ControlDatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/control")
    DataSource controlDataSource;

    @Inject
    ControlDatabase controlDatabase;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("control-database");
        if (!controlDatabase.isMigrated()) {
            return response.down()
                    .withData("reason", "migrations not applied yet")
                    .build();
        }
        try (Connection connection = controlDataSource.getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return response.down().withData("reason", "cannot connect").build();
        }
    }
}
