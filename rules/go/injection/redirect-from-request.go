package main

import "net/http"

func done(w http.ResponseWriter, r *http.Request) {
	back := r.URL.Query().Get("back")
	// ruleid: GO105
	http.Redirect(w, r, back, http.StatusFound)
	// ruleid: GO105
	http.Redirect(w, r, r.FormValue("next"), http.StatusFound)
	// ok: GO105
	http.Redirect(w, r, "/home", http.StatusFound)
	home := "/dashboard"
	// ok: GO105
	http.Redirect(w, r, home, http.StatusFound)
}
