import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

// ruleid: JV501
@CrossOrigin(origins = "*")
class Api {
    void cors(CorsRegistry registry, javax.servlet.http.HttpServletResponse response) {
        // ruleid: JV501
        registry.addMapping("/**").allowedOrigins("*");
        // ruleid: JV501
        response.setHeader("Access-Control-Allow-Origin", "*");
        // ok: JV501
        registry.addMapping("/**").allowedOrigins("https://app.example.com");
        // ok: JV501
        response.setHeader("Cache-Control", "*");
    }
}

// ok: JV501
@CrossOrigin(origins = "https://app.example.com")
class Internal {}
