package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
)

func digest(body []byte) {
	// ruleid: GO301
	a := md5.Sum(body)
	// ruleid: GO301
	h := sha1.New()
	// ok: GO301
	b := sha256.Sum256(body)
	_, _, _ = a, h, b
}
