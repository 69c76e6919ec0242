package main

import "net/http"

var client = &http.Client{}

func fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: GO106
	resp, _ := client.Get(target)
	// ruleid: GO106
	resp2, _ := http.Get(r.FormValue("u"))
	// ok: GO106
	name := r.URL.Query().Get("name")
	// ok: GO106
	resp3, _ := http.Get("https://api.example.com/status")
	base := "https://api.example.com/items"
	// ok: GO106
	resp4, _ := client.Get(base)
	_, _, _, _, _ = resp, resp2, name, resp3, resp4
}

func status(w http.ResponseWriter, r *http.Request) {
	providers := map[string]string{"github": "https://www.githubstatus.com/api/v2/status.json"}
	endpoint, ok := providers[r.URL.Query().Get("provider")]
	if !ok {
		return
	}
	// ok: GO106
	resp, _ := client.Get(endpoint)
	_ = resp
}
