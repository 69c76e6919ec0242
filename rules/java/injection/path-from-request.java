import java.io.File;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;

class Download {
    static final String ROOT = "/srv/reports";

    void download(HttpServletRequest req) throws Exception {
        String name = req.getParameter("file");
        // ruleid: JV106
        File f = new File(ROOT, name);
        // ruleid: JV106
        File g = new File(req.getParameter("path"));
        // ok: JV106
        File h = new File(ROOT, "index.pdf");
        // ok: JV106
        File i = new File(ROOT, org.apache.commons.io.FilenameUtils.getName(name));
    }
}
