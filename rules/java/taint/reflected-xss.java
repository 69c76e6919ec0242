import java.io.File;
import java.sql.Statement;
import javax.naming.directory.DirContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.HtmlUtils;

class Controller {
    Statement stmt;
    DirContext ctx;
    XPath xpath;

    ResponseEntity<String> ping(@RequestParam("ip") String ipAddress) throws Exception {
        Process p = new ProcessBuilder(new String[] {"sh", "-c", "ping -c 2 " + ipAddress}).start();
        Process q = new ProcessBuilder(new String[] {"uptime"}).start();
        return null;
    }

    void query(HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        String sql = "SELECT * FROM users WHERE name = '" + name + "'";
        stmt.executeQuery(sql);
        stmt.executeQuery("SELECT * FROM users");
        int id = Integer.parseInt(request.getParameter("id"));
        stmt.executeQuery("SELECT * FROM users WHERE id = " + id);
    }

    String readFile(@RequestParam String fileName) {
        new File("/data/" + fileName);
        new File("/data/readme.txt");
        return load(fileName);
    }

    private String load(String name) {
        return this.getClass().getResourceAsStream("/scripts/" + name).toString();
    }

    private String loadFixed(String name) {
        return this.getClass().getResourceAsStream("/scripts/" + name).toString();
    }

    String callFixed() {
        return loadFixed("a.txt");
    }

    String fetch(@RequestParam("url") String url) throws Exception {
        RestTemplate rest = new RestTemplate();
        java.net.URL u = new java.net.URL(url);
        rest.getForObject(url, String.class);
        u.openConnection();
        rest.getForObject("https://api.example.com/status", String.class);
        return "";
    }

    void go(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.sendRedirect(request.getParameter("next"));
        response.sendRedirect("/home");
        response.setHeader("X-Name", request.getParameter("name"));
        response.setHeader("X-Name", "fixed");
    }

    ResponseEntity<String> hello(@RequestParam("name") String name) {
        StringBuilder payload = new StringBuilder();
        payload.append(String.format("<p>%s</p>", name));
        if (name.isEmpty()) {
            // ok: JV155
            return new ResponseEntity<>(String.format("<p>%s</p>", HtmlUtils.htmlEscape(name)), HttpStatus.OK);
        }
        // ruleid: JV155
        return new ResponseEntity<>(payload.toString(), HttpStatus.OK);
    }

    void ldap(@RequestParam("user") String user) throws Exception {
        String filter = "(uid=" + user + ")";
        ctx.search("dc=example,dc=org", filter, null);
        ctx.search("dc=example,dc=org", "(uid=admin)", null);
    }

    void xp(@RequestParam("name") String name, Object doc) throws Exception {
        xpath.evaluate("//user[@name='" + name + "']", doc);
        xpath.evaluate("//user[@name='admin']", doc);
    }

    void script(@RequestParam("expr") String expr, javax.script.ScriptEngine engine) throws Exception {
        engine.eval(expr);
        engine.eval("1 + 1");
    }

    ResponseEntity<String> image(@RequestParam("src") String src) {
        String unquoted = "<img src=%s width=\"400\"/>";
        String quoted = "<img src=\"%s\" width=\"400\"/>";
        String tag = String.format(unquoted, StringEscapeUtils.escapeHtml4(src));
        if (src.isEmpty()) {
            // ruleid: JV155
            return new ResponseEntity<>(tag, HttpStatus.OK);
        }
        if (src.length() > 10) {
            // ok: JV155
            return new ResponseEntity<>(String.format(quoted, StringEscapeUtils.escapeHtml4(src)), HttpStatus.OK);
        }
        // ok: JV155
        return new ResponseEntity<>(String.format("<p>%s</p>", StringEscapeUtils.escapeHtml4(src)), HttpStatus.OK);
    }
}
