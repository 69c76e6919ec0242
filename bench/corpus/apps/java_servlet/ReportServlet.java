package com.acme.reports;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.Random;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.text.StringEscapeUtils;

@WebServlet("/reports/*")
public class ReportServlet extends HttpServlet {

    private static final String REPORT_ROOT = System.getenv().getOrDefault("REPORT_ROOT", "/var/reports");
    private static final String DB_PASSWORD = System.getenv("REPORT_DB_PASSWORD");
    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getParameter("action");
        if ("view".equals(action)) {
            view(req, resp);
        } else if ("download".equals(action)) {
            download(req, resp);
        } else if ("download2".equals(action)) {
            downloadSafe(req, resp);
        } else if ("back".equals(action)) {
            resp.sendRedirect(req.getParameter("to"));
        } else if ("home".equals(action)) {
            resp.sendRedirect(req.getContextPath() + "/reports");
        } else {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown action");
        }
    }

    private void view(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String title = req.getParameter("title");
        String note = req.getParameter("note");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<html><body>");
        out.println("<h1>" + title + "</h1>");
        out.println("<p>" + StringEscapeUtils.escapeHtml4(note) + "</p>");
        out.println("</body></html>");
    }

    private void download(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        File f = new File(REPORT_ROOT, name);
        if (!f.exists()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        Files.copy(f.toPath(), resp.getOutputStream());
    }

    private void downloadSafe(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path root = Paths.get(REPORT_ROOT).toAbsolutePath().normalize();
        Path target = root.resolve(req.getParameter("file")).normalize();
        if (!target.startsWith(root)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Files.copy(target, resp.getOutputStream());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String shareId = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        byte[] nonce = new byte[16];
        secureRandom.nextBytes(nonce);
        resp.setContentType("application/json");
        resp.getWriter().write("{\"share\":\"" + shareId + "\",\"nonceLen\":" + nonce.length + "}");
    }
}
