package main

import (
	crand "crypto/rand"
	"fmt"
	"math/big"
	"math/rand"
)

func codes() {
	// ruleid: GO303
	resetCode := rand.Intn(1000000)
	// ruleid: GO303
	sessionID := fmt.Sprintf("%x", rand.Int63())
	// ok: GO303
	jitter := rand.Intn(100)
	// ok: GO303
	otp, _ := crand.Int(crand.Reader, big.NewInt(1000000))
	_, _, _, _ = resetCode, sessionID, jitter, otp
}

func newAPIKey() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 40)
	for i := range b {
		// ruleid: GO303
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func shuffleDeck(deck []int) int {
	// ok: GO303
	return deck[rand.Intn(len(deck))]
}
