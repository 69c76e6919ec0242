package main

import "crypto/tls"

func configs() {
	// ruleid: GO402
	a := &tls.Config{MinVersion: tls.VersionTLS10}
	b := &tls.Config{}
	// ruleid: GO402
	b.MinVersion = tls.VersionTLS11
	// ok: GO402
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	// ok: GO402
	b.MinVersion = tls.VersionTLS13
	_, _ = a, c
}
