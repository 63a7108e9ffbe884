package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the SQLite driver FerretDB itself uses
)

// FerretDB v1's SQLite backend pushes a find, update or delete by a string or ObjectId
// `_id` down to SQL as `WHERE _ferretdb_sjson->'$._id' = ?`, but it indexes `_id` as
// `_ferretdb_sjson->"_id"`. SQLite only uses an expression index for the very same
// expression, so every lookup by `_id` scanned the whole table (about 7 µs a document:
// 14 ms for one session among 2,000). indexIDLookups gives every collection table an
// index on the expression the queries use, at start and for new collections within
// seconds. FerretDB does not know about this index (it is not in its metadata) and does
// not need to: SQLite keeps it up to date and drops it with the table.
func indexIDLookups(ctx context.Context, dir string, logger *slog.Logger) {
	handles := map[string]*sql.DB{}
	defer func() {
		for _, db := range handles {
			_ = db.Close()
		}
	}()
	ticker := time.NewTicker(2 * time.Second)
	defer ticker.Stop()
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, file := range files {
			db, ok := handles[file]
			if !ok {
				var err error
				if db, err = sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)"); err != nil {
					logger.Warn("cannot open database file to index _id lookups", "file", file, "error", err)
					continue
				}
				db.SetMaxOpenConns(1)
				handles[file] = db
			}
			if err := indexTables(ctx, db); err != nil && ctx.Err() == nil {
				logger.Warn("cannot index _id lookups", "file", file, "error", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

func indexTables(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `
		SELECT c.table_name FROM _ferretdb_collections c
		WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m WHERE m.type = 'index' AND m.name = c.table_name || '__portico_id_lookup')`)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return nil // a database FerretDB has not finished creating
		}
		return err
	}
	var tables []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			_ = rows.Close()
			return err
		}
		tables = append(tables, table)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, table := range tables {
		statement := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, table+"__portico_id_lookup", table)
		if _, err := db.ExecContext(ctx, statement); err != nil && !strings.Contains(err.Error(), "no such table") {
			return err
		}
	}
	return nil
}
