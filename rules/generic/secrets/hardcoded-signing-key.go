// Generated fixture: random values, never real credentials.
package auth

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// ruleid: SEC036
const signingKey = "Vq8mZp2rTx9Lw"

func Issue(t *jwt.Token) (string, string) {
	a, _ := t.SignedString([]byte(signingKey))
	// ok: SEC036
	b, _ := t.SignedString([]byte(os.Getenv("JWT_KEY")))
	return a, b
}
