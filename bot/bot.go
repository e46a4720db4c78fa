package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/store"
)

// A Bot answers questions on Telegram through an Engine. Create it with
// New and start it with Run.
type Bot struct {
	engine Engine
	cfg    Config
	log    *slog.Logger
	clock  Clock
	tg     *tg.Bot
	ids    *idTable
	pace   *pacer
	flood  *floodGate
	disp   *dispatcher
	admins map[int64]bool

	state     *chatState // in the store: shared by replicas, kept across restarts
	ownsStore bool       // the store is the bot's own, in memory

	// Per replica.
	blocked    *memo[int64, struct{}]     // chats that blocked or removed the bot
	migrated   *memo[int64, int64]        // group → the supergroup it became
	seen       *memo[int64, struct{}]     // update ids, against redelivery
	curatedSet *memo[string, curatedKeys] // article → the keys of its curated answers

	// polled is when getUpdates last succeeded, in Unix nanoseconds on
	// clock, for /healthz in polling mode.
	polled atomic.Int64

	skipMu sync.Mutex
	skips  map[int64]*skipRecord // chats with skipped messages, until told

	mu       sync.Mutex
	username string // without "@"
	id       int64
}

// New returns a bot answering through engine. It makes no network call.
// Without Config.Store it keeps its state in memory: Close releases it.
func New(engine Engine, cfg Config) (*Bot, error) {
	if engine == nil {
		return nil, errors.New("bot: nil engine")
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	st, owns := cfg.Store, false
	if st == nil {
		var err error
		if st, err = store.Open(context.Background(), "memory:"); err != nil {
			return nil, fmt.Errorf("bot: %w", err)
		}
		owns = true
	}
	b := &Bot{
		engine:     engine,
		cfg:        cfg,
		log:        cfg.Logger,
		clock:      cfg.Clock,
		ids:        newIDTable(engine, cfg.MemorySize, cfg.Clock),
		pace:       newPacer(cfg),
		flood:      newFloodGate(cfg.FloodPerMin, cfg.MemorySize, cfg.Clock),
		disp:       newDispatcher(cfg.MaxChats, cfg.QueueLen),
		admins:     make(map[int64]bool),
		state:      &chatState{st: st, log: cfg.Logger, clock: cfg.Clock, turnTTL: cfg.TurnTTL},
		ownsStore:  owns,
		blocked:    newMemo[int64, struct{}](cfg.MemorySize, 30*24*time.Hour, cfg.Clock),
		migrated:   newMemo[int64, int64](cfg.MemorySize, 365*24*time.Hour, cfg.Clock),
		seen:       newMemo[int64, struct{}](cfg.MemorySize, time.Hour, cfg.Clock),
		curatedSet: newMemo[string, curatedKeys](cfg.MemorySize, curatedTTL, cfg.Clock),
		skips:      make(map[int64]*skipRecord),
		username:   cfg.Username,
	}
	for _, id := range cfg.AdminIDs {
		b.admins[id] = true
	}
	client, err := tg.New(cfg.Token,
		tg.WithSkipGetMe(),
		tg.WithServerURL(cfg.APIURL),
		tg.WithHTTPClient(cfg.PollTimeout, cfg.HTTPClient),
		tg.WithErrorsHandler(func(err error) { b.log.Error("telegram", "err", b.redact(err)) }),
	)
	if err != nil {
		if owns {
			st.Close()
		}
		return nil, fmt.Errorf("bot: %w", err)
	}
	b.tg = client
	if b.username != "" {
		b.id = client.ID()
	}
	return b, nil
}

// Run serves updates until ctx is done: by long polling, or on the webhook
// when Config.WebhookURL is set. It then stops taking updates, finishes
// those in flight (within Config.ShutdownTimeout) and returns nil. It never
// deletes the webhook, which other replicas may still serve.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.identify(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	b.setCommands(ctx)
	// In-flight work outlives ctx, up to the shutdown timeout.
	jobs, cancelJobs := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelJobs()
	var err error
	if b.cfg.WebhookURL != "" {
		err = b.serveWebhook(ctx, jobs)
	} else {
		err = b.poll(ctx, jobs)
	}
	b.log.Info("stopped taking updates; finishing those in flight")
	b.drain(cancelJobs)
	b.log.Info("bot stopped")
	return err
}

// Close releases the store the bot made for itself when Config.Store was
// nil; a store of the caller's is the caller's to close. Call it after Run
// and Announce have returned.
func (b *Bot) Close() error {
	if !b.ownsStore {
		return nil
	}
	if err := b.state.st.Close(); err != nil {
		return fmt.Errorf("bot: close the store: %w", err)
	}
	return nil
}

// drain waits for the queued updates, cancelling them after the shutdown
// timeout.
func (b *Bot) drain(cancel context.CancelFunc) {
	done := make(chan struct{})
	go func() { b.disp.wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.cfg.ShutdownTimeout):
		b.log.Warn("shutdown timeout; cancelling updates in flight")
		cancel()
		<-done
	}
}

// identify learns the bot's username and id with getMe, unless the
// username was configured.
func (b *Bot) identify(ctx context.Context) error {
	b.mu.Lock()
	known := b.username != ""
	b.mu.Unlock()
	if known {
		return nil
	}
	var me *models.User
	err := b.call(ctx, 0, false, func(ctx context.Context, _ int64) error {
		var err error
		me, err = b.tg.GetMe(ctx)
		return err
	})
	if err != nil {
		return fmt.Errorf("bot: getMe at %s: %w", b.cfg.APIURL, err)
	}
	b.mu.Lock()
	b.username, b.id = me.Username, me.ID
	b.mu.Unlock()
	b.log.Info("bot identified", "username", me.Username, "id", me.ID)
	return nil
}

// me returns the bot's username and id.
func (b *Bot) me() (string, int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.username, b.id
}

// setCommands registers the command menu; a failure is only logged.
func (b *Bot) setCommands(ctx context.Context) {
	all := []models.BotCommand{
		{Command: "hoi", Description: "Hỏi một câu về bài báo"},
		{Command: "tomtat", Description: "Tóm tắt sự kiện"},
		{Command: "baiviet", Description: "Danh sách bài báo; chọn bài để hỏi"},
		{Command: "start", Description: "Bắt đầu và gợi ý câu hỏi"},
		{Command: "help", Description: "Cách dùng bot"},
	}
	admin := append(all[:len(all):len(all)], models.BotCommand{Command: "thongbao", Description: "Đăng thông báo sự kiện vào nhóm"})
	for _, p := range []*tg.SetMyCommandsParams{
		{Commands: all},
		{Commands: admin, Scope: &models.BotCommandScopeAllChatAdministrators{}},
	} {
		err := b.call(ctx, 0, false, func(ctx context.Context, _ int64) error {
			_, err := b.tg.SetMyCommands(ctx, p)
			return err
		})
		if err != nil {
			b.log.Warn("registering the command menu", "err", err)
		}
	}
}
