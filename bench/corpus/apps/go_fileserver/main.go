package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	_ "github.com/lib/pq"
)

var (
	db       *sql.DB
	dataDir  = getenv("DATA_DIR", "/srv/data")
	upstream = &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
	strictClient = &http.Client{
		Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}},
	}
)

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func downloadHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	path := filepath.Join(dataDir, name)
	http.ServeFile(w, r, path)
}

func safeDownloadHandler(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	path := filepath.Join(dataDir, name)
	if !strings.HasPrefix(path, filepath.Clean(dataDir)+string(os.PathSeparator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, path)
}

func convertHandler(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("src")
	format := r.URL.Query().Get("format")
	cmd := exec.Command("sh", "-c", "convert "+src+" /tmp/out."+format)
	out, err := cmd.CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "converted"})
}

func listHandler(w http.ResponseWriter, r *http.Request) {
	sub := filepath.Base(r.URL.Query().Get("dir"))
	out, err := exec.Command("ls", "-la", filepath.Join(dataDir, sub)).Output()
	if err != nil {
		http.Error(w, "list failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func userFilesHandler(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	query := fmt.Sprintf("SELECT name, size FROM files WHERE owner = '%s' ORDER BY name", owner)
	rows, err := db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var files []map[string]interface{}
	for rows.Next() {
		var name string
		var size int64
		rows.Scan(&name, &size)
		files = append(files, map[string]interface{}{"name": name, "size": size})
	}
	writeJSON(w, http.StatusOK, files)
}

func fileInfoHandler(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	var name string
	var size int64
	err := db.QueryRow("SELECT name, size FROM files WHERE id = $1", id).Scan(&name, &size)
	if err == sql.ErrNoRows {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{"name": name, "size": size})
}

func checksumHandler(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open(filepath.Join(dataDir, filepath.Base(r.URL.Query().Get("file"))))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	h := sha256.New()
	io.Copy(h, f)
	writeJSON(w, http.StatusOK, map[string]string{"sha256": hex.EncodeToString(h.Sum(nil))})
}

func hashAPIKey(key string) string {
	sum := md5.Sum([]byte(key))
	return hex.EncodeToString(sum[:])
}

func newAPIKey() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 40)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func apiKeyHandler(w http.ResponseWriter, r *http.Request) {
	key := newAPIKey()
	_, err := db.Exec("INSERT INTO api_keys (hash) VALUES ($1)", hashAPIKey(key))
	if err != nil {
		http.Error(w, "could not create key", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"key": key})
}

func mirrorHandler(w http.ResponseWriter, r *http.Request) {
	resp, err := upstream.Get("https://mirror.internal.acme/status")
	if err != nil {
		http.Error(w, "mirror down", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func main() {
	var err error
	db, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	_ = strictClient
	http.HandleFunc("/download", downloadHandler)
	http.HandleFunc("/v2/download", safeDownloadHandler)
	http.HandleFunc("/convert", convertHandler)
	http.HandleFunc("/list", listHandler)
	http.HandleFunc("/files", userFilesHandler)
	http.HandleFunc("/files/info", fileInfoHandler)
	http.HandleFunc("/checksum", checksumHandler)
	http.HandleFunc("/keys", apiKeyHandler)
	http.HandleFunc("/mirror", mirrorHandler)
	log.Println("listening on :8090")
	log.Fatal(http.ListenAndServe(":8090", nil))
}
