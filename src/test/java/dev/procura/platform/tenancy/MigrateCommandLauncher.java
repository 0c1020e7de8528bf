package dev.procura.platform.tenancy;

/** MigrateCommand's main, with a template database of the test's own instead of the shared one. */
public final class MigrateCommandLauncher {

    private MigrateCommandLauncher() {}

    public static void main(String[] args) {
        System.exit(MigrateCommand.run(System.getenv(), args[0]));
    }
}
