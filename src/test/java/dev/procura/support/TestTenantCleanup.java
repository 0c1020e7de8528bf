package dev.procura.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * After the integration tests, drops the tenant databases and roles that test users created
 * (emails user-…@example.com), so repeated runs do not fill the disk (a tenant database is
 * ≈8 MB). Runs only in the integration-test JVM (MicroShed's manual environment is set there).
 */
public class TestTenantCleanup implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (System.getProperty("microshed_manual_env") == null) {
            return;
        }
        try (Connection control = ControlDb.connect()) {
            List<String[]> doomed = new ArrayList<>();
            try (Statement query = control.createStatement();
                    ResultSet rs = query.executeQuery(
                            "SELECT t.id::text, d.server_name, d.database_name, d.owner_role FROM tenants t"
                                    + " JOIN users u ON u.id = t.created_by LEFT JOIN tenant_databases d ON d.tenant_id = t.id"
                                    + " WHERE u.email LIKE 'user-%@example.com'")) {
                while (rs.next()) {
                    doomed.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            for (String[] tenant : doomed) {
                if (tenant[2] != null) {
                    drop("second".equals(tenant[1]) ? "5433" : "5432", tenant[2], tenant[3]);
                }
                try (PreparedStatement delete = control.prepareStatement("DELETE FROM tenants WHERE id = ?::uuid")) {
                    delete.setString(1, tenant[0]);
                    delete.executeUpdate();
                }
            }
            System.out.println("[cleanup] dropped " + doomed.size() + " test tenants");
        } catch (Exception e) {
            System.out.println("[cleanup] test tenants not dropped: " + e);
        }
    }

    private static void drop(String port, String database, String role) {
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + role);
        } catch (Exception e) {
            System.out.println("[cleanup] " + database + " on " + port + " not dropped: " + e.getMessage());
        }
    }
}
