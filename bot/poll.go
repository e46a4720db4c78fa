package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"
	"time"

	"github.com/go-telegram/bot/models"
)

// allowedUpdates are the update types the bot asks for.
var allowedUpdates = []string{"message", "edited_message", "callback_query", "inline_query", "my_chat_member"}

// poll serves updates by long polling until ctx is done. It is written
// here rather than with the library's Start, which forgets the updates it
// fetched but did not hand out when its context ends, and never confirms
// the last batch, so a restart would answer it twice.
func (b *Bot) poll(ctx context.Context, jobs context.Context) error {
	b.markPolled()
	stop := b.serveHealth(ctx)
	defer stop()
	var (
		offset  int64
		backoff time.Duration
	)
	b.log.Info("polling for updates", "api", b.cfg.APIURL)
	for ctx.Err() == nil {
		updates, err := b.getUpdates(ctx, offset, b.cfg.PollTimeout, 100)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			backoff = min(max(2*backoff, 100*time.Millisecond), 5*time.Second)
			b.log.Warn("getUpdates failed", "err", b.redact(err), "retry_in", backoff)
			_ = sleep(ctx, realClock{}, backoff)
			continue
		}
		backoff = 0
		b.markPolled()
		for _, u := range updates {
			offset = max(offset, u.ID+1)
			b.dispatch(jobs, u)
		}
	}
	if offset != 0 {
		// Confirm the last batch, so that a restart does not get it again.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := b.getUpdates(cctx, offset, 0, 1); err != nil {
			b.log.Warn("confirming the last updates", "err", b.redact(err))
		}
	}
	return nil
}

// getUpdates calls getUpdates as the library sends calls, as a multipart
// form.
func (b *Bot) getUpdates(ctx context.Context, offset int64, timeout time.Duration, limit int) ([]*models.Update, error) {
	var body bytes.Buffer
	form := multipart.NewWriter(&body)
	allowed, _ := json.Marshal(allowedUpdates)
	for _, f := range [][2]string{
		{"offset", strconv.FormatInt(offset, 10)},
		{"timeout", strconv.Itoa(int(timeout / time.Second))},
		{"limit", strconv.Itoa(limit)},
		{"allowed_updates", string(allowed)},
	} {
		if err := form.WriteField(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	if err := form.Close(); err != nil {
		return nil, err
	}
	// The request may last the poll timeout, plus a margin.
	ctx, cancel := context.WithTimeout(ctx, timeout+b.cfg.SendTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.cfg.APIURL+"/bot"+b.cfg.Token+"/getUpdates", &body)
	if err != nil {
		return nil, errors.New(b.redact(err))
	}
	req.Header.Set("Content-Type", form.FormDataContentType())
	resp, err := b.cfg.HTTPClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("getUpdates: %s", b.redact(err))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("getUpdates: reading response: %w", err)
	}
	var r struct {
		OK          bool             `json:"ok"`
		Result      []*models.Update `json:"result"`
		ErrorCode   int              `json:"error_code"`
		Description string           `json:"description"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("getUpdates: HTTP %d, decoding response: %w", resp.StatusCode, err)
	}
	if !r.OK {
		if r.ErrorCode == http.StatusConflict {
			return nil, fmt.Errorf("getUpdates: %d %s (a webhook is set, or another instance is polling; set WEBHOOK_URL or delete the webhook)", r.ErrorCode, r.Description)
		}
		return nil, fmt.Errorf("getUpdates: %d %s", r.ErrorCode, r.Description)
	}
	return r.Result, nil
}
