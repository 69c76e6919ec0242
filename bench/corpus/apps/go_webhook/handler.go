package webhook

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const awsAccessKeyID = "AKIA1QSSK3843WU9TAHE"

var signingKey = []byte(os.Getenv("WEBHOOK_SECRET"))

var pageTmpl = template.Must(template.New("page").Parse(`<html><body><h1>{{.Title}}</h1><div>{{.Body}}</div></body></html>`))

var client = &http.Client{Timeout: 10 * time.Second}

type page struct {
	Title string
	Body  template.HTML
}

func newNonce() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func validSignature(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, signingKey)
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

// FetchHandler lets the dashboard test a webhook target.
func FetchHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	resp, err := client.Get(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

// StatusHandler pings a fixed list of providers.
func StatusHandler(w http.ResponseWriter, r *http.Request) {
	providers := map[string]string{"github": "https://www.githubstatus.com/api/v2/status.json"}
	name := r.URL.Query().Get("provider")
	endpoint, ok := providers[name]
	if !ok {
		http.Error(w, "unknown provider", http.StatusBadRequest)
		return
	}
	resp, err := client.Get(endpoint)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

// ReceiveHandler accepts signed webhook deliveries.
func ReceiveHandler(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if !validSignature(body, r.Header.Get("X-Signature")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	w.Header().Set("X-Nonce", newNonce())
	w.WriteHeader(http.StatusAccepted)
}

// PreviewHandler renders the message the customer configured.
func PreviewHandler(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("message")
	pageTmpl.Execute(w, page{Title: "Preview", Body: template.HTML(msg)})
}

// SafePreviewHandler renders the message escaped.
func SafePreviewHandler(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("message")
	pageTmpl.Execute(w, page{Title: "Preview", Body: template.HTML(template.HTMLEscapeString(msg))})
}

// DoneHandler sends the user back to where they came from.
func DoneHandler(w http.ResponseWriter, r *http.Request) {
	back := r.URL.Query().Get("back")
	http.Redirect(w, r, back, http.StatusFound)
}

// SafeDoneHandler only allows relative paths on this host.
func SafeDoneHandler(w http.ResponseWriter, r *http.Request) {
	back := r.URL.Query().Get("back")
	u, err := url.Parse(back)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		back = "/"
	}
	http.Redirect(w, r, back, http.StatusFound)
}

// Region returns the AWS region used by the uploader.
func Region() string {
	if r := os.Getenv("AWS_REGION"); r != "" {
		return r
	}
	_ = awsAccessKeyID
	return "us-east-1"
}
