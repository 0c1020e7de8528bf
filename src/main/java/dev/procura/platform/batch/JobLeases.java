package dev.procura.platform.batch;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leases that let any server of the cluster resume a job whose server died. A job takes a lease
 * when it starts ({@link #hold}) and gives it back when it ends ({@link #release}); every server
 * renews the leases it holds every third of {@code procura.jobs.lease-stale-after} and takes over
 * leases nobody renewed for that long, starting their job again with the same parameters. The job
 * must resume from a checkpoint it keeps itself (Liberty's checkpoints belong to the dead server's
 * execution) and must guard its writes, since a server that was only paused may come back.
 */
@ApplicationScoped
public class JobLeases {

    /** This server process: a restarted server is a new holder, so its old leases go stale too. */
    static final String HOLDER = UUID.randomUUID().toString();

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    /** The job parameter a taken-over job is started with: its reader resumes from {@link #checkpoint}. */
    public static final String TAKEN_OVER = "lease_taken_over";

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "procura.jobs.lease-stale-after", defaultValue = "PT1M")
    Duration staleAfter;

    private ScheduledFuture<?> renewal;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long every = Math.max(200, staleAfter.toMillis() / 3);
        renewal = scheduler.scheduleWithFixedDelay(this::renewAndTakeOver, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (renewal != null) {
            renewal.cancel(false);
        }
    }

    /** Records that this server runs {@code job} for {@code key}, started with {@code parameters}. */
    public void hold(String job, String key, Properties parameters) {
        sql(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO job_leases (job_name, job_key, parameters, server, renewed_at)"
                            + " VALUES (?, ?, ?, ?, now()) ON CONFLICT (job_name, job_key)"
                            + " DO UPDATE SET server = EXCLUDED.server, renewed_at = now()")) {
                upsert.setString(1, job);
                upsert.setString(2, key);
                upsert.setString(3, write(parameters));
                upsert.setString(4, HOLDER);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    public void release(String job, String key) {
        sql(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM job_leases WHERE job_name = ? AND job_key = ?")) {
                delete.setString(1, job);
                delete.setString(2, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records how far partition {@code part} of a leased job got (its reader's checkpoint), for a
     * server that takes the lease over. Nothing is recorded for a job without a lease.
     */
    public void checkpoint(String job, String key, int part, String position) {
        sql(connection -> {
            try (PreparedStatement upsert =
                    connection.prepareStatement("INSERT INTO job_checkpoints (job_name, job_key, part, position)"
                            + " SELECT job_name, job_key, ?, ? FROM job_leases WHERE job_name = ? AND job_key = ?"
                            + " ON CONFLICT (job_name, job_key, part) DO UPDATE SET position = EXCLUDED.position")) {
                upsert.setInt(1, part);
                upsert.setString(2, position);
                upsert.setString(3, job);
                upsert.setString(4, key);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** The position {@link #checkpoint} last recorded for the partition, if any. */
    public Optional<String> checkpoint(String job, String key, int part) {
        return sql(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT position FROM job_checkpoints WHERE job_name = ? AND job_key = ? AND part = ?")) {
                select.setString(1, job);
                select.setString(2, key);
                select.setInt(3, part);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    void renewAndTakeOver() {
        try {
            sql(connection -> {
                try (PreparedStatement renew =
                        connection.prepareStatement("UPDATE job_leases SET renewed_at = now() WHERE server = ?")) {
                    renew.setString(1, HOLDER);
                    renew.executeUpdate();
                }
                return null;
            });
            for (Map.Entry<String, Properties> stale : takeOverStale()) {
                Properties parameters = stale.getValue();
                parameters.setProperty(TAKEN_OVER, "true");
                long execution = BatchRuntime.getJobOperator().start(stale.getKey(), parameters);
                LOG.warning("Took over " + stale.getKey() + " " + stale.getValue()
                        + " from a server that stopped renewing its lease; started as execution " + execution);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not renew or take over job leases", e);
        }
    }

    /** The stale leases this server now holds, as job name and parameters. */
    List<Map.Entry<String, Properties>> takeOverStale() {
        return sql(connection -> {
            List<Map.Entry<String, Properties>> taken = new ArrayList<>();
            try (PreparedStatement take = connection.prepareStatement(
                    "UPDATE job_leases l SET server = ?, renewed_at = now(), takeovers = l.takeovers + 1"
                            + " FROM (SELECT job_name, job_key FROM job_leases"
                            + "       WHERE renewed_at < now() - make_interval(secs => ?)"
                            + "       FOR UPDATE SKIP LOCKED) s"
                            + " WHERE l.job_name = s.job_name AND l.job_key = s.job_key"
                            + " RETURNING l.job_name, l.parameters")) {
                take.setString(1, HOLDER);
                take.setDouble(2, staleAfter.toMillis() / 1000.0);
                try (ResultSet rs = take.executeQuery()) {
                    while (rs.next()) {
                        taken.add(Map.entry(rs.getString(1), read(rs.getString(2))));
                    }
                }
            }
            return taken;
        });
    }

    private interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T sql(SqlWork<T> work) {
        try (Connection connection = control.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("job leases: " + e.getMessage(), e);
        }
    }

    static String write(Properties parameters) {
        try {
            StringWriter out = new StringWriter();
            parameters.store(out, null);
            return out.toString();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static Properties read(String stored) {
        try {
            Properties parameters = new Properties();
            parameters.load(new StringReader(stored));
            return parameters;
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
