import java.security.MessageDigest;

class Digest {
    void digest() throws Exception {
        // ruleid: JV301
        MessageDigest a = MessageDigest.getInstance("MD5");
        // ruleid: JV301
        MessageDigest b = MessageDigest.getInstance("SHA-1");
        // ok: JV301
        MessageDigest c = MessageDigest.getInstance("SHA-256");
        // ok: JV301
        MessageDigest d = MessageDigest.getInstance("SHA-512/256");
    }
}
