package main

import (
	"context"
	"database/sql"
	"fmt"
)

func find(ctx context.Context, db *sql.DB, name, order string) {
	// ruleid: GO102
	db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))
	// ruleid: GO102
	db.ExecContext(ctx, "DELETE FROM users WHERE name = '"+name+"'")
	// ok: GO102
	db.Query("SELECT * FROM users WHERE name = $1", name)
	// ok: GO102
	db.QueryRowContext(ctx, "SELECT count(*) FROM users")
	// ok: GO102
	cache.Get(fmt.Sprintf("user:%s", name))
}

func findOwner(db *sql.DB, owner string) {
	query := fmt.Sprintf("SELECT name FROM files WHERE owner = '%s'", owner)
	// ruleid: GO102
	db.Query(query)
	fixed := "SELECT name FROM files WHERE owner = $1"
	// ok: GO102
	db.Query(fixed, owner)
}
