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

func downloadNamed(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	path := filepath.Join(dataDir, name)
	// ruleid: GO104
	http.ServeFile(w, r, path)
	safe := filepath.Join(dataDir, filepath.Base(name))
	// ok: GO104
	http.ServeFile(w, r, safe)
	fixed := filepath.Join(dataDir, "index.html")
	// ok: GO104
	http.ServeFile(w, r, fixed)
}
