package main

import (
	"net/http"
	"os"
	"path/filepath"
)

const dataDir = "/srv/data"

func download(w http.ResponseWriter, r *http.Request) {
	// ruleid: GO104
	http.ServeFile(w, r, filepath.Join(dataDir, r.URL.Query().Get("file")))
	// ruleid: GO104
	f, _ := os.Open(filepath.Join(dataDir, r.FormValue("name")))
	// ok: GO104
	http.ServeFile(w, r, filepath.Join(dataDir, filepath.Base(r.URL.Query().Get("file"))))
	// ok: GO104
	http.ServeFile(w, r, "/srv/data/index.html")
	_ = f
}
