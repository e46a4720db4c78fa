package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hoidap/hoidap/store"
)

// storeFile is the name of the SQLite store kept in a data dir when no
// store URL is given.
const storeFile = "hoidap.db"

// storeOpenTimeout bounds how long a command waits for the store's
// database to answer.
const storeOpenTimeout = 30 * time.Second

// errNoStore is the usage error of a command that needs a store and was
// given neither a store URL nor a data dir.
var errNoStore = errors.New("no store: give --store URL (or set STORE_URL), or a data dir with --data DIR (or DATA_DIR) to use its " + storeFile)

// storeFlag defines --store URL on fs, defaulting to $STORE_URL (which
// .env may set).
func storeFlag(fs *flag.FlagSet) *string {
	return fs.String("store", os.Getenv("STORE_URL"), "the store's `URL` (sqlite://PATH, postgres://…, memory:)")
}

// storeURL returns the URL of the store a command uses: the one given, or
// else the SQLite file storeFile in dataDir. With neither it returns
// errNoStore.
func storeURL(given, dataDir string) (string, error) {
	switch {
	case given != "":
		return given, nil
	case dataDir != "":
		return "sqlite://" + filepath.Join(dataDir, storeFile), nil
	}
	return "", errNoStore
}

// openStore opens the store at rawURL, waiting at most storeOpenTimeout.
// With mustExist, a SQLite file that does not exist is an error rather
// than a new, empty store.
func openStore(ctx context.Context, rawURL string, mustExist bool) (store.Store, error) {
	if path, ok := strings.CutPrefix(rawURL, "sqlite://"); ok && mustExist && path != "" && !strings.ContainsAny(path, "?#") {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: nothing was recorded there yet, or the store URL or data dir is wrong", path)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, storeOpenTimeout)
	defer cancel()
	return store.Open(ctx, rawURL)
}

// logWarnings makes the default logger write warnings and errors only, on
// w, for a command that prints what it does itself (a store's migrations
// are not news); the returned function restores the logger.
func logWarnings(w io.Writer) (restore func()) {
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn})))
	return func() { slog.SetDefault(old) }
}
