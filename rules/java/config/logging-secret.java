import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class Login {
    private static final Logger log = LoggerFactory.getLogger(Login.class);

    void login(String user, String password, Config config, int maxTokens) {
        // ruleid: JV503
        log.info("login {} with password {}", user, password);
        // ruleid: JV503
        System.out.println("key: " + config.apiKey);
        // ok: JV503
        log.info("login {}", user);
        // ok: JV503
        log.debug("password length {}", password.length());
        // ok: JV503
        log.info("budget {}", maxTokens);
    }
}
