import javax.servlet.http.Cookie;

class Cookies {
    void set(Cookie cookie, Cookie other) {
        // ruleid: JV402
        cookie.setSecure(false);
        // ruleid: JV402
        cookie.setHttpOnly(false);
        // ok: JV402
        other.setSecure(true);
        // ok: JV402
        other.setHttpOnly(true);
    }
}
