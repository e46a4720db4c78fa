package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hoidap/hoidap/store"
)

// ErrNoToken is returned by ConfigFromEnv and New when no bot token is set.
var ErrNoToken = errors.New("TELEGRAM_BOT_TOKEN is not set (see .env.example)")

// Defaults for the zero values of Config.
const (
	DefaultAPIURL       = "https://api.telegram.org"
	DefaultListenAddr   = ":8080"
	DefaultChatPerSec   = 1
	DefaultGroupPerMin  = 20
	DefaultGlobalPerSec = 30
	DefaultFloodPerMin  = 20
)

// Config configures a Bot. The zero value of every field but Token means
// its default.
type Config struct {
	// Token is the bot token from BotFather. It is never logged.
	Token string
	// APIURL is the Bot API server, without a trailing slash: Telegram's
	// by default, or a local Bot API server or an emulator.
	APIURL string
	// Username is the bot's username without "@", for deep links and
	// "/cmd@BotName"; empty means asking getMe at start.
	Username string
	// AdminIDs are the users allowed to post announcements anywhere.
	AdminIDs []int64

	// ChatPerSec, GroupPerMin and GlobalPerSec pace outgoing messages: per
	// chat, per group and in all. +Inf means no limit.
	ChatPerSec   float64
	GroupPerMin  float64
	GlobalPerSec float64
	// FloodPerMin is how many questions a user may ask in a minute; a
	// negative value turns flood control off.
	FloodPerMin int

	// WebhookURL, when set, selects webhook mode: the URL is registered
	// with setWebhook and served on ListenAddr at its path.
	WebhookURL string
	// WebhookSecret, when set, is required in the
	// X-Telegram-Bot-Api-Secret-Token header of every webhook request.
	WebhookSecret string
	// ListenAddr is where the webhook and /healthz are served. In polling
	// mode /healthz is served only when ListenAddr is set, and answers 503
	// when no getUpdates call has succeeded for a minute.
	ListenAddr string

	// PollTimeout is the long-polling timeout (50 s by default).
	PollTimeout time.Duration
	// SendTimeout bounds one Bot API call (15 s by default).
	SendTimeout time.Duration
	// AnswerTimeout bounds one engine answer (10 s by default).
	AnswerTimeout time.Duration
	// ShutdownTimeout bounds finishing the updates in flight on shutdown
	// (30 s by default).
	ShutdownTimeout time.Duration
	// TypingDelay is how long an answer may take before the bot shows
	// "typing" (300 ms by default).
	TypingDelay time.Duration

	// MaxChats is how many chats are served at once (64 by default); more
	// wait. QueueLen is how many updates of one chat may wait (16 by
	// default); messages past it are skipped, and the chat is told after
	// the burst (as are those past FloodPerMin).
	MaxChats int
	QueueLen int
	// MemorySize bounds each in-memory table: update ids, blocked chats,
	// flood counters, suggestions (10,000 entries by default).
	MemorySize int
	// TurnTTL is how long a chat's last turn is kept for follow-ups (15
	// minutes by default).
	TurnTTL time.Duration

	// Store keeps what must survive a restart and be shared by replicas:
	// each chat's current article, the last turn of each user for
	// follow-ups, which article each message of the bot is about, the
	// questions waiting for their article to be chosen, and which answer
	// an edited question edits. nil means a store in memory, which Close
	// closes. A store error never stops an answer: it is logged and the
	// bot goes on as if nothing were kept.
	Store store.Store
	// Rescan, when set, brings the engine in step at once with the
	// articles kept in Store (store.Store.PutArticle), as the periodic
	// rescan of the corpus does; the bot calls it after an admin uploads
	// an article. nil means the engine cannot take uploads (no data dir):
	// they are refused with a reply saying so.
	Rescan func(ctx context.Context) error

	// HTTPClient makes the Bot API calls; it should have no overall
	// timeout, calls carry deadlines.
	HTTPClient *http.Client
	// Logger receives structured logs; slog.Default() by default.
	Logger *slog.Logger
	// Clock paces messages, waits before retries and tells how long ago
	// polling last succeeded; the real clock by default.
	Clock Clock
}

// ConfigFromEnv reads a Config from environment variables through getenv
// (os.Getenv, or a map lookup in tests): TELEGRAM_BOT_TOKEN (required),
// TELEGRAM_API_URL, ADMIN_IDS, PACE_CHAT_PER_SEC, PACE_GROUP_PER_MIN,
// PACE_GLOBAL_PER_SEC, FLOOD_PER_MIN, WEBHOOK_URL, WEBHOOK_SECRET and
// LISTEN_ADDR. Without a token it returns ErrNoToken.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	var cfg Config
	env := func(k string) string { return strings.TrimSpace(getenv(k)) }
	cfg.Token = env("TELEGRAM_BOT_TOKEN")
	if cfg.Token == "" {
		return cfg, ErrNoToken
	}
	cfg.APIURL = env("TELEGRAM_API_URL")
	cfg.WebhookURL = env("WEBHOOK_URL")
	cfg.WebhookSecret = env("WEBHOOK_SECRET")
	cfg.ListenAddr = env("LISTEN_ADDR")
	var errs []error
	if ids := env("ADMIN_IDS"); ids != "" {
		for f := range strings.SplitSeq(ids, ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			id, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("ADMIN_IDS: %q is not a user id", f))
				continue
			}
			cfg.AdminIDs = append(cfg.AdminIDs, id)
		}
	}
	for _, p := range []struct {
		name string
		dst  *float64
	}{
		{"PACE_CHAT_PER_SEC", &cfg.ChatPerSec},
		{"PACE_GROUP_PER_MIN", &cfg.GroupPerMin},
		{"PACE_GLOBAL_PER_SEC", &cfg.GlobalPerSec},
	} {
		s := env(p.name)
		if s == "" {
			continue
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v <= 0 || math.IsNaN(v) {
			errs = append(errs, fmt.Errorf("%s: %q is not a positive number", p.name, s))
			continue
		}
		*p.dst = v
	}
	if s := env("FLOOD_PER_MIN"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("FLOOD_PER_MIN: %q is not a whole number", s))
		} else if v <= 0 {
			cfg.FloodPerMin = -1 // 0 in the environment turns it off
		} else {
			cfg.FloodPerMin = v
		}
	}
	if err := errors.Join(errs...); err != nil {
		return cfg, err
	}
	return cfg, cfg.validate()
}

// validate checks the fields that can be wrong.
func (c Config) validate() error {
	if strings.TrimSpace(c.Token) == "" {
		return ErrNoToken
	}
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("TELEGRAM_API_URL: %q is not an http(s) URL", c.APIURL)
		}
	}
	if c.WebhookURL != "" {
		u, err := url.Parse(c.WebhookURL)
		if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
			return fmt.Errorf("WEBHOOK_URL: %q is not an http(s) URL", c.WebhookURL)
		}
	}
	if c.WebhookSecret != "" && !validSecret(c.WebhookSecret) {
		return errors.New("WEBHOOK_SECRET: use 1 to 256 characters of A-Z, a-z, 0-9, _ and -")
	}
	return nil
}

// validSecret reports whether s is a secret Telegram accepts.
func validSecret(s string) bool {
	if len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// withDefaults returns c with its zero fields set to their defaults.
func (c Config) withDefaults() Config {
	c.APIURL = strings.TrimRight(c.APIURL, "/")
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	c.Username = strings.TrimPrefix(c.Username, "@")
	if c.ChatPerSec == 0 {
		c.ChatPerSec = DefaultChatPerSec
	}
	if c.GroupPerMin == 0 {
		c.GroupPerMin = DefaultGroupPerMin
	}
	if c.GlobalPerSec == 0 {
		c.GlobalPerSec = DefaultGlobalPerSec
	}
	if c.FloodPerMin == 0 {
		c.FloodPerMin = DefaultFloodPerMin
	}
	if c.WebhookURL != "" && c.ListenAddr == "" {
		c.ListenAddr = DefaultListenAddr
	}
	setDuration(&c.PollTimeout, 50*time.Second)
	setDuration(&c.SendTimeout, 15*time.Second)
	setDuration(&c.AnswerTimeout, 10*time.Second)
	setDuration(&c.ShutdownTimeout, 30*time.Second)
	setDuration(&c.TypingDelay, 300*time.Millisecond)
	setDuration(&c.TurnTTL, 15*time.Minute)
	if c.MaxChats <= 0 {
		c.MaxChats = 64
	}
	if c.QueueLen <= 0 {
		c.QueueLen = 16
	}
	if c.MemorySize <= 0 {
		c.MemorySize = 10000
	}
	if c.HTTPClient == nil {
		// Keep a connection per busy chat worker alive, rather than two.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = c.MaxChats
		c.HTTPClient = &http.Client{Transport: t}
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Clock == nil {
		c.Clock = realClock{}
	}
	return c
}

func setDuration(d *time.Duration, def time.Duration) {
	if *d <= 0 {
		*d = def
	}
}
