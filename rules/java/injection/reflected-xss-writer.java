import java.io.PrintWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class View {
    void view(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String title = req.getParameter("title");
        String note = req.getParameter("note");
        PrintWriter out = resp.getWriter();
        // ruleid: JV107
        out.println("<h1>" + title + "</h1>");
        // ruleid: JV107
        out.print("<p>" + req.getParameter("q") + "</p>");
        // ok: JV107
        out.println("<p>" + StringEscapeUtils.escapeHtml4(note) + "</p>");
        // ok: JV107
        out.println("<html><body>");
        // ok: JV107
        System.out.println("title=" + title);
    }
}
