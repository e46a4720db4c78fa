package bot

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// serveWebhook registers the webhook and serves updates on ListenAddr
// until ctx is done.
func (b *Bot) serveWebhook(ctx context.Context, jobs context.Context) error {
	u, err := url.Parse(b.cfg.WebhookURL)
	if err != nil {
		return fmt.Errorf("bot: WEBHOOK_URL: %w", err)
	}
	path := u.Path
	if path == "" {
		path = "/"
	}
	mux := http.NewServeMux()
	mux.Handle("/healthz", healthz())
	mux.Handle(path, b.webhookHandler(jobs))
	ln, err := net.Listen("tcp", b.cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("bot: webhook: %w", err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	err = b.call(ctx, 0, false, func(ctx context.Context, _ int64) error {
		_, err := b.tg.SetWebhook(ctx, &tg.SetWebhookParams{
			URL:            b.cfg.WebhookURL,
			AllowedUpdates: allowedUpdates,
			SecretToken:    b.cfg.WebhookSecret,
		})
		return err
	})
	if err != nil {
		srv.Close()
		<-served
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("bot: setWebhook: %w", err)
	}
	b.log.Info("serving webhook", "addr", ln.Addr().String(), "path", path)

	select {
	case <-ctx.Done():
	case err := <-served:
		return fmt.Errorf("bot: webhook server: %w", err)
	}
	// Stop taking updates; the handlers in flight finish queuing theirs.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), b.cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		b.log.Warn("webhook server shutdown", "err", err)
	}
	<-served
	return nil
}

// webhookHandler takes updates posted by Telegram. It rejects a request
// without the secret when one is set.
func (b *Bot) webhookHandler(jobs context.Context) http.Handler {
	secret := []byte(b.cfg.WebhookSecret)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if len(secret) > 0 && subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Telegram-Bot-Api-Secret-Token")), secret) != 1 {
			b.log.Warn("webhook request with a wrong secret", "remote", r.RemoteAddr)
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		var u models.Update
		if err := json.NewDecoder(io.LimitReader(r.Body, 16<<20)).Decode(&u); err != nil {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		b.dispatch(jobs, &u)
		w.WriteHeader(http.StatusOK)
	})
}
