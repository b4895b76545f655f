// Command embedded-db runs FerretDB with its SQLite backend as a local
// MongoDB-wire server for development and tests.
//
// It stores data under -data-dir, listens on -addr (by default the address
// of the folder's last run, else a free loopback port) and prints one JSON
// line {"uri":...,"owner":bool} on stdout. Clients reach FerretDB through a
// proxy that lets one request through at a time (see proxy.go), so several
// app processes can share the server. Only one server runs per data folder:
// a second start finds the folder locked, prints the running server's URI
// with owner=false and exits. The owner stops on SIGTERM or SIGINT, or when
// its stdin closes, so it never outlives the app that started it.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

type state struct {
	URI   string `json:"uri"`
	PID   int    `json:"pid"`
	Owner bool   `json:"owner"`
}

func main() {
	dataDir := flag.String("data-dir", ".data", "folder for the database files")
	addr := flag.String("addr", "", "host:port to listen on (default: the last run's, else a free loopback port)")
	watchStdin := flag.Bool("watch-stdin", true, "stop when stdin closes")
	flag.Parse()

	if err := run(*dataDir, *addr, *watchStdin); err != nil {
		fmt.Fprintln(os.Stderr, "embedded-db:", err)
		os.Exit(1)
	}
}

func run(dataDir, addr string, watchStdin bool) error {
	dbDir := filepath.Join(dataDir, "db")
	if err := os.MkdirAll(dbDir, 0o700); err != nil {
		return err
	}
	statePath := filepath.Join(dataDir, "embedded-db.json")

	lock, err := os.OpenFile(filepath.Join(dataDir, "embedded-db.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	defer lock.Close()

	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		return reportRunning(statePath)
	}

	logFile, err := os.OpenFile(filepath.Join(dataDir, "embedded-db.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	defer logFile.Close()
	logger := slog.New(slog.NewTextHandler(logFile, &slog.HandlerOptions{Level: slog.LevelWarn}))

	absDB, err := filepath.Abs(dbDir)
	if err != nil {
		return err
	}
	listener, err := listen(dataDir, addr)
	if err != nil {
		return err
	}
	defer listener.Close()

	// FerretDB itself listens on a port of its own that only the proxy uses.
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: "127.0.0.1:0"},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + absDB + "/",
	})
	if err != nil {
		return err
	}

	backend, err := url.Parse(f.MongoDBURI())
	if err != nil {
		return err
	}
	uri := url.URL{Scheme: "mongodb", Host: listener.Addr().String(), Path: "/"}
	s := state{URI: uri.String(), PID: os.Getpid(), Owner: true}
	if err := writeState(statePath, s); err != nil {
		return err
	}
	defer os.Remove(statePath)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	proxy := &serialProxy{backend: backend.Host, logger: logger}
	proxied := make(chan struct{})
	go func() {
		proxy.serve(ctx, listener)
		close(proxied)
	}()

	if err := json.NewEncoder(os.Stdout).Encode(s); err != nil {
		return err
	}
	err = f.Run(ctx)
	<-proxied
	return err
}

// reportRunning prints the URI of the server that holds the lock. The owner
// writes its state file right after taking the lock, so wait for it briefly.
func reportRunning(statePath string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, err := os.ReadFile(statePath)
		if err == nil {
			var s state
			// A state file left by a killed owner names a dead process: wait
			// for the new owner to replace it.
			if err := json.Unmarshal(b, &s); err == nil && s.URI != "" && syscall.Kill(s.PID, 0) == nil {
				s.Owner = false
				return json.NewEncoder(os.Stdout).Encode(s)
			}
		}
		if time.Now().After(deadline) {
			return errors.New("the data folder is locked by another server that did not report its address")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func writeState(path string, s state) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
