package main

import (
	"database/sql"
	"net/http"
	"os"
	"os/exec"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func handler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	exec.Command("sh", "-c", "ping "+host).Run()
	exec.Command("uptime").Run()
	name := r.FormValue("name")
	q := "SELECT * FROM users WHERE name = '" + name + "'"
	db.Query(q)
	db.Query("SELECT * FROM users WHERE name = ?", name)
	// ruleid: GO152
	os.ReadFile("/data/" + name)
	// ok: GO152
	os.ReadFile("/data/readme.txt")
	http.Get(r.FormValue("url"))
	http.Get("https://api.example.com/status")
	http.Redirect(w, r, r.FormValue("next"), http.StatusFound)
	http.Redirect(w, r, "/home", http.StatusFound)
	w.Write([]byte("<p>" + name + "</p>"))
	w.Write([]byte("<p>hello</p>"))
	readIt(name)
}

func readIt(path string) {
	// ruleid: GO152
	os.Open(path)
}

func readFixed(path string) {
	// ok: GO152
	os.Open(path)
}

func callFixed() {
	readFixed("a.txt")
}

func ginHandler(c *gin.Context) {
	target := c.Query("to")
	c.Redirect(http.StatusFound, target)
	c.Redirect(http.StatusFound, "/home")
}
