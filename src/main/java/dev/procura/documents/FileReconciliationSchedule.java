package dev.procura.documents;

import dev.procura.platform.batch.Jobs;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the file-reconciliation job every {@code procura.reconciliation.interval}. Every server
 * checks now and then; under an advisory lock, the one that finds the last run old enough starts it.
 */
@ApplicationScoped
public class FileReconciliationSchedule {

    @Inject
    Clock clock;

    private static final long SCHEDULE_LOCK = 0x5052_4f43_5245_4331L;
    private static final Logger LOG = Logger.getLogger(FileReconciliationSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "procura.reconciliation.interval", defaultValue = "P1D")
    Duration interval;

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long checkMinutes = Math.max(1, Math.min(60, interval.toMinutes() / 4));
        schedule = scheduler.scheduleWithFixedDelay(this::startIfDue, checkMinutes, checkMinutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void startIfDue() {
        try (Connection connection = control.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, SCHEDULE_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        connection.rollback();
                        return;
                    }
                }
            }
            Instant lastRun = Jobs.lastCreated(connection, FileReconciliationService.JOB);
            if (lastRun == null || lastRun.isBefore(clock.instant().minus(interval))) {
                long id = Jobs.start(FileReconciliationService.JOB);
                LOG.info("Started the scheduled file reconciliation, run " + id);
            }
            connection.commit();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Scheduled file reconciliation not started", e);
        }
    }
}
