import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

class Users {
    void find(Connection conn, String name) throws SQLException {
        Statement stmt = conn.createStatement();
        // ruleid: JV102
        stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
        // ruleid: JV102
        conn.createStatement().execute(String.format("DELETE FROM users WHERE name = '%s'", name));
        // ok: JV102
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
        // ok: JV102
        stmt.executeQuery("SELECT count(*) FROM users");
        // ok: JV102
        log.update("user " + name);
    }

    void search(org.springframework.jdbc.core.JdbcTemplate jdbc, String email) {
        String sql = "SELECT id FROM users WHERE email LIKE '%" + email + "%'";
        // ruleid: JV102
        jdbc.queryForList(sql);
        String fixed = "SELECT id FROM users WHERE email = ?";
        // ok: JV102
        jdbc.queryForList(fixed, email);
    }
}
