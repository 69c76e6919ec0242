import javax.crypto.Cipher;

class Crypt {
    void ciphers() throws Exception {
        // ruleid: JV302
        Cipher a = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: JV302
        Cipher b = Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ruleid: JV302
        Cipher c = Cipher.getInstance("AES");
        // ok: JV302
        Cipher d = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: JV302
        Cipher e = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }
}
