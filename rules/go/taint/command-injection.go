package main

import (
	"database/sql"
	"net/http"
	"os"
	"os/exec"
	"strings"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func handler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: GO150
	exec.Command("sh", "-c", "ping "+host).Run()
	// ok: GO150
	exec.Command("uptime").Run()
	name := r.FormValue("name")
	q := "SELECT * FROM users WHERE name = '" + name + "'"
	db.Query(q)
	db.Query("SELECT * FROM users WHERE name = ?", name)
	os.ReadFile("/data/" + name)
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
	os.Open(path)
}

func readFixed(path string) {
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

func fields(w http.ResponseWriter, r *http.Request) {
	args := strings.Fields(r.FormValue("cmd"))
	// ruleid: GO150
	exec.Command(args[0], args[1:]...).Run()
	fixed := []string{"ls", "-l"}
	// ok: GO150
	exec.Command(fixed[0], args[1:]...).Run()
	runSecond(r.FormValue("flag"), "ls")
	runSecond("-v", r.FormValue("program"))
}

// parameters declared together: each is bound to its own argument
func runSecond(flag, program string) {
	// ruleid: GO150
	exec.Command(program, flag).Run()
}
