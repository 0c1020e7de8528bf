package dev.procura.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * A control-database transaction around a piece of work, for services that must do slow work
 * (bcrypt) outside the transaction and the writes inside it.
 */
@ApplicationScoped
public class ControlTransaction {

    @Transactional
    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    @Transactional
    public void run(Runnable work) {
        work.run();
    }
}
