package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	mux := http.NewServeMux()
	// ruleid: GO502
	log.Fatal(http.ListenAndServe(":8080", mux))
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	// ok: GO502
	log.Fatal(srv.ListenAndServe())
}
