package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// pollStale is how long polling may go without a successful getUpdates
// before /healthz fails. When all is well a getUpdates call returns within
// PollTimeout (50 s by default); a longer PollTimeout gets a margin of
// pollMargin over it instead.
const (
	pollStale  = time.Minute
	pollMargin = 10 * time.Second
)

// healthz answers "ok": in webhook mode the bot is healthy while it serves.
func healthz() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
}

// markPolled records, on the bot's clock, that getUpdates succeeded (or
// that polling starts).
func (b *Bot) markPolled() {
	b.polled.Store(b.clock.Now().UnixNano())
}

// pollAge returns how long ago getUpdates last succeeded, on the bot's
// clock, or since polling started when it has not yet.
func (b *Bot) pollAge() time.Duration {
	return b.clock.Now().Sub(time.Unix(0, b.polled.Load()))
}

// pollHealthz answers /healthz in polling mode: "ok" while getUpdates
// succeeded within the last minute, 503 Service Unavailable with the time
// since then otherwise (Telegram unreachable, the token revoked, another
// instance polling).
func (b *Bot) pollHealthz() http.Handler {
	limit := max(pollStale, b.cfg.PollTimeout+pollMargin)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if age := b.pollAge(); age > limit {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "no successful getUpdates for %s (limit %s)\n", age.Round(time.Second), limit)
			return
		}
		io.WriteString(w, "ok\n")
	})
}

// serveHealth serves /healthz on ListenAddr in polling mode, when set, and
// returns the function that stops it.
func (b *Bot) serveHealth(ctx context.Context) (stop func()) {
	if b.cfg.ListenAddr == "" {
		return func() {}
	}
	mux := http.NewServeMux()
	mux.Handle("/healthz", b.pollHealthz())
	srv := &http.Server{Addr: b.cfg.ListenAddr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			b.log.Error("health server", "addr", b.cfg.ListenAddr, "err", err)
		}
	}()
	return func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}
}
