package main

import (
	"fmt"
	"log"
	"log/slog"
)

type Config struct{ APIKey, Region string }

func login(email, token string, cfg Config, maxTokens int) {
	// ruleid: GO503
	log.Printf("login %s with token %s", email, token)
	// ruleid: GO503
	fmt.Println("config key:", cfg.APIKey)
	// ruleid: GO503
	slog.Info("login", "token", token)
	// ok: GO503
	log.Printf("login %s", email)
	// ok: GO503
	log.Printf("token length %d", len(token))
	// ok: GO503
	fmt.Println("budget", maxTokens, cfg.Region)
}

func wrap(token string) error {
	// ok: GO503
	return fmt.Errorf("refresh failed for %s", token)
}
