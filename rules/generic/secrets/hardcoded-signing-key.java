// Generated fixture: random values, never real credentials.
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

class Tokens {
    // ruleid: SEC036
    private static final String SECRET = "Kq9ZpT7mXw2Rb8";

    String issue(String user) {
        Algorithm a = Algorithm.HMAC256(SECRET);
        // ruleid: SEC036
        Algorithm b = Algorithm.HMAC512("secret");
        // ok: SEC036
        Algorithm c = Algorithm.HMAC256(System.getenv("JWT_SECRET"));
        return JWT.create().withSubject(user).sign(a);
    }
}
