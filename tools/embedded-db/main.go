// Command portico-db runs FerretDB v1.24.1 (MongoDB wire protocol) with its SQLite
// backend, embedded as a library, so that Portico can be developed and tested without
// a MongoDB server. See docs/adr/0001-embedded-database.md.
//
// It prints one JSON line on stdout once it accepts connections:
//
//	{"uri":"mongodb://127.0.0.1:PORT/","pid":1234,"dataDir":"/abs/data/db/"}
//
// and stops cleanly on SIGINT or SIGTERM. One launcher at a time owns a data directory
// (an flock on its lock file, released by the kernel however the process ends); a
// second one prints {"inUse":{...the owner's line...}} and exits with status 3, so the
// caller can use the running database instead of starting another. With -exit-with-stdin it also stops when its
// standard input closes, which is how it follows a parent process that died without
// a chance to stop it (kill -9).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	dataDir := flag.String("data-dir", "data/db", "directory for the SQLite files (created if missing)")
	host := flag.String("host", "127.0.0.1", "address to listen on (keep it on loopback: there is no authentication)")
	port := flag.Int("port", 0, "TCP port; 0 picks a free one")
	exitWithStdin := flag.Bool("exit-with-stdin", false, "stop when standard input is closed")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error (written to stderr)")
	flag.Parse()

	if err := run(*dataDir, *host, *port, *exitWithStdin, *logLevel); err != nil {
		fmt.Fprintln(os.Stderr, "portico-db:", err)
		os.Exit(1)
	}
}

func run(dataDir, host string, port int, exitWithStdin bool, logLevel string) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(logLevel)); err != nil {
		return fmt.Errorf("bad -log-level %q: %w", logLevel, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	dir, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create data directory: %w", err)
	}

	lock, err := os.OpenFile(filepath.Join(dir, "portico-db.lock"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		owner, _ := io.ReadAll(lock)
		if !json.Valid(owner) {
			owner = []byte("{}")
		}
		fmt.Printf("{\"inUse\":%s}\n", owner)
		os.Exit(3)
	}

	db, err := ferretdb.New(&ferretdb.Config{
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + string(filepath.Separator),
		Listener: ferretdb.ListenerConfig{
			TCP: net.JoinHostPort(host, strconv.Itoa(port)),
		},
	})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if exitWithStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			logger.Info("standard input closed, stopping")
			stop()
		}()
	}

	done := make(chan error, 1)
	go func() { done <- db.Run(ctx) }()
	go indexIDLookups(ctx, dir, logger)

	ready, err := json.Marshal(map[string]any{"uri": db.MongoDBURI(), "pid": os.Getpid(), "dataDir": dir + string(filepath.Separator)})
	if err != nil {
		return err
	}
	if err := lock.Truncate(0); err != nil {
		return err
	}
	if _, err := lock.WriteAt(ready, 0); err != nil {
		return err
	}
	fmt.Println(string(ready))

	return <-done
}
