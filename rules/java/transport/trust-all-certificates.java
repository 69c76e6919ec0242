import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;

class TrustAll implements X509TrustManager, HostnameVerifier {
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ruleid: JV401
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }

    // ruleid: JV401
    public boolean verify(String hostname, SSLSession session) { return true; }

    void install(HttpsURLConnection conn) {
        // ruleid: JV401
        conn.setHostnameVerifier((h, s) -> true);
        // ok: JV401
        conn.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
    }
}

class Pinned implements X509TrustManager, HostnameVerifier {
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ok: JV401
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }

    // ok: JV401
    public boolean verify(String hostname, SSLSession session) { return hostname.equals("api.example.com"); }
}
