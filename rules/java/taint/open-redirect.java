import java.io.File;
import java.sql.Statement;
import javax.naming.directory.DirContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.HtmlUtils;

class Controller {
    private static final String LOCATION_KEY = "Location";
    private static final String TRACE_KEY = "X-Trace";
    private static final Set<String> ALLOWED = Set.of("/", "/home");
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
        // ruleid: JV154
        response.sendRedirect(request.getParameter("next"));
        // ok: JV154
        response.sendRedirect("/home");
        response.setHeader("X-Name", request.getParameter("name"));
        response.setHeader("X-Name", "fixed");
    }

    ResponseEntity<String> hello(@RequestParam("name") String name) {
        StringBuilder payload = new StringBuilder();
        payload.append(String.format("<p>%s</p>", name));
        if (name.isEmpty()) {
            return new ResponseEntity<>(String.format("<p>%s</p>", HtmlUtils.htmlEscape(name)), HttpStatus.OK);
        }
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

    ResponseEntity<?> found(@RequestParam("returnTo") String url) {
        HttpHeaders headers = new HttpHeaders();
        headers.put(LOCATION_KEY, new ArrayList<>());
        // ruleid: JV154
        headers.get(LOCATION_KEY).add(url);
        // ok: JV154
        headers.get(TRACE_KEY).add(url);
        // ruleid: JV154
        headers.add(HttpHeaders.LOCATION, url);
        // ok: JV154
        headers.add("Location", "/home");
        // ruleid: JV154
        headers.setLocation(URI.create(url));
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }

    ResponseEntity<?> built(@RequestParam("returnTo") String url) {
        if (ALLOWED.contains(url)) {
            // ok: JV154
            return ResponseEntity.status(HttpStatus.FOUND).header("Location", url).build();
        }
        // ruleid: JV154
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", url).build();
    }
}
