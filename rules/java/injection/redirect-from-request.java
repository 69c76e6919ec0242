import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class Back {
    void back(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        // ruleid: JV105
        resp.sendRedirect(req.getParameter("to"));
        String next = req.getHeader("Referer");
        // ruleid: JV105
        resp.sendRedirect(next);
        // ok: JV105
        resp.sendRedirect(req.getContextPath() + "/reports");
        String home = "/home";
        // ok: JV105
        resp.sendRedirect(home);
    }
}
