package dev.procura.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Direct reads of the control database, to check effects and not only status codes. */
public final class ControlDb {

    private ControlDb() {}

    public static Connection connect() throws SQLException {
        String url = System.getProperty("procura.db.url", "jdbc:postgresql://localhost:5432/procura");
        return DriverManager.getConnection(url, "postgres", "");
    }

    /** Security event types recorded for a user, oldest first. */
    public static List<String> eventTypes(UUID userId) throws SQLException {
        return strings("SELECT type FROM security_events WHERE user_id = ? ORDER BY occurred_at", userId);
    }

    public static List<String> strings(String sql, Object... parameters) throws SQLException {
        return stringsAt(
                System.getProperty("procura.db.url", "jdbc:postgresql://localhost:5432/procura"), sql, parameters);
    }

    /** The first column of a query on any database of the local servers, as strings. */
    public static List<String> stringsAt(String url, String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
