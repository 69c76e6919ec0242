package main

import (
	"crypto/tls"
	"net/http"
)

func clients(pool interface{}) {
	// ruleid: GO401
	a := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	cfg := &tls.Config{}
	// ruleid: GO401
	cfg.InsecureSkipVerify = true
	// ok: GO401
	b := &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
	// ok: GO401
	cfg.InsecureSkipVerify = false
	_, _ = a, b
}
