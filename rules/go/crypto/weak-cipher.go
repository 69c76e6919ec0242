package main

import (
	"crypto/aes"
	"crypto/des"
	"crypto/rc4"
)

func ciphers(key []byte) {
	// ruleid: GO302
	a, _ := des.NewTripleDESCipher(key)
	// ruleid: GO302
	b, _ := rc4.NewCipher(key)
	// ok: GO302
	c, _ := aes.NewCipher(key)
	_, _, _ = a, b, c
}
