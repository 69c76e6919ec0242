import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;

class Security {
    void configure(HttpSecurity http) throws Exception {
        // ruleid: JV502
        http.csrf().disable();
        // ruleid: JV502
        http.csrf(AbstractHttpConfigurer::disable);
        // ruleid: JV502
        http.csrf(c -> c.disable());
        // ok: JV502
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**"));
        // ok: JV502
        http.cors().disable();
    }
}
