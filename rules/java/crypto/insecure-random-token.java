import java.security.SecureRandom;
import java.util.Random;

class Tokens {
    void make(Random shared) {
        // ruleid: JV303
        String resetToken = Long.toHexString(new Random().nextLong());
        // ruleid: JV303
        int otpCode = (int) (Math.random() * 1000000);
        // ok: JV303
        int jitter = new Random().nextInt(100);
        // ok: JV303
        long sessionId = new SecureRandom().nextLong();
        // ruleid: JV303
        String apiKey = Long.toHexString(shared.nextLong());
    }
}

class Shares {
    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();

    String newShare() {
        // ruleid: JV303
        String shareId = Long.toHexString(random.nextLong());
        // ok: JV303
        String shareToken = Long.toHexString(secureRandom.nextLong());
        // ok: JV303
        int delay = random.nextInt(50);
        return shareId + shareToken + delay;
    }
}
