package main

import (
	"crypto/rand"
	"crypto/rsa"
)

func keys() {
	// ruleid: GO304
	weak, _ := rsa.GenerateKey(rand.Reader, 1024)
	// ok: GO304
	strong, _ := rsa.GenerateKey(rand.Reader, 3072)
	_, _ = weak, strong
}
