package com.acme.users;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/api/users")
public class UserController {

    private final JdbcTemplate jdbc;

    public UserController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(defaultValue = "") String team) {
        if (team.isEmpty()) {
            return jdbc.queryForList("SELECT id, email, team FROM users ORDER BY id LIMIT 100");
        }
        return jdbc.queryForList("SELECT id, email, team FROM users WHERE team = ?", team);
    }

    @GetMapping("/search")
    public List<Map<String, Object>> search(@RequestParam String email) {
        String sql = "SELECT id, email, team FROM users WHERE email LIKE '%" + email + "%'";
        return jdbc.queryForList(sql);
    }

    @PostMapping("/{id}/password")
    public ResponseEntity<?> setPassword(@PathVariable long id, @RequestBody Map<String, String> body) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("MD5");
        byte[] digest = md.digest(body.get("password").getBytes(StandardCharsets.UTF_8));
        jdbc.update("UPDATE users SET password_hash = ? WHERE id = ?", HexFormat.of().formatHex(digest), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/avatar-etag")
    public String avatarEtag(@PathVariable long id) throws NoSuchAlgorithmException {
        byte[] avatar = jdbc.queryForObject("SELECT avatar FROM users WHERE id = ?", byte[].class, id);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha.digest(avatar));
    }

    @PostMapping("/{id}/diagnostics")
    public String diagnostics(@PathVariable long id, @RequestParam String host) throws IOException {
        Process p = Runtime.getRuntime().exec("nslookup " + host);
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @PostMapping("/{id}/diagnostics/v2")
    public String diagnosticsV2(@PathVariable long id, @RequestParam String host) throws IOException {
        Process p = new ProcessBuilder("nslookup", host).redirectErrorStream(true).start();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @PostMapping("/import/session")
    public Object importSession(@RequestBody String encoded) throws IOException, ClassNotFoundException {
        byte[] raw = Base64.getDecoder().decode(encoded);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            return in.readObject();
        }
    }

    @PostMapping("/import/xml")
    public int importXml(@RequestParam("file") MultipartFile file) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(file.getInputStream());
        return doc.getElementsByTagName("user").getLength();
    }

    @PostMapping("/import/xml/v2")
    public int importXmlV2(@RequestParam("file") MultipartFile file) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        dbf.setExpandEntityReferences(false);
        try (InputStream in = file.getInputStream()) {
            Document doc = dbf.newDocumentBuilder().parse(in);
            return doc.getElementsByTagName("user").getLength();
        }
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<?> delete(@PathVariable long id) {
        int n = jdbc.update("DELETE FROM users WHERE id = " + id);
        return n == 0 ? ResponseEntity.notFound().build() : ResponseEntity.noContent().build();
    }
}
