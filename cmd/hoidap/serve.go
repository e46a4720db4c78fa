package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/hoidap/hoidap/bot"
	"github.com/hoidap/hoidap/datadir"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

// serveCmd runs the Telegram bot.
var serveCmd = &command{
	name:    "serve",
	summary: "run the Telegram bot",
	usage: `Usage: hoidap serve [--corpus DIR] [--data DIR] [--store URL] [--api-url URL]
                    [--listen ADDR] [--log-level LEVEL]

Serve runs the Telegram bot: it answers questions in private chats, in
groups (/hoi, mentions of the bot, replies to it) and inline, until SIGINT
or SIGTERM; it then stops taking updates, finishes those in flight and
exits 0. Each question is answered from one article: the one it names,
else the one of the message it replies to, else the chat's current article
(set by /thongbao, a deep link t.me/BOT?start=a_ID, /baiviet or a choice),
else the bot asks which.

With a data dir (--data or DATA_DIR) the articles are kept parsed and
indexed there, and CORPUS_DIR is rescanned every CORPUS_SCAN: files added,
changed or removed are served, or no longer, without a restart; so are
the .txt articles admins (ADMIN_IDS) send the bot in a private chat, kept
in the store and written into DATA_DIR/uploads at each rescan. Each
chat's state (its current article, the last question of each user for
follow-ups) is kept in the store STORE_URL, by default the SQLite file
hoidap.db in the data dir; without either it is kept in memory and lost on
restart. Rows older than STORE_RETENTION are deleted at start and daily.

It long-polls for updates, or, when WEBHOOK_URL is set, registers that
webhook and serves it on LISTEN_ADDR (default :8080) with /healthz beside
it. In polling mode /healthz is served only when LISTEN_ADDR is set, and
answers 503 once getUpdates has not succeeded for a minute. "hoidap
healthcheck" asks /healthz.

Settings come from the environment, then .env (see .env.example); flags
beat both:
  TELEGRAM_BOT_TOKEN   the token from BotFather (required)
  TELEGRAM_API_URL     a local Bot API server or an emulator
  CORPUS_DIR           a folder of *.txt articles (default: embedded seed)
  DATA_DIR             a data dir keeping the articles parsed and indexed
  CORPUS_SCAN          how often CORPUS_DIR is rescanned with a data dir (10s)
  STORE_URL            sqlite:///path.db, postgres://… or memory: (default:
                       sqlite://DATA_DIR/hoidap.db with a data dir, else memory)
  STORE_RETENTION      how long chat state is kept: 90d (default) or 720h
  ADMIN_IDS            user ids allowed to announce from a private chat
  LOG_LEVEL            debug, info (default), warn or error
  PACE_CHAT_PER_SEC    messages a second per chat (1)
  PACE_GROUP_PER_MIN   messages a minute per group (20)
  PACE_GLOBAL_PER_SEC  messages a second in all (30)
  FLOOD_PER_MIN        questions a minute per user (20; 0 turns it off)
  WEBHOOK_URL          public https URL of the webhook
  WEBHOOK_SECRET       secret Telegram must send with each update
  LISTEN_ADDR          address of the webhook and /healthz

Flags:
  --corpus DIR         answer from the *.txt articles in DIR
  --data DIR           keep the articles in the data dir DIR
  --store URL          keep the chats' state there (default $STORE_URL)
  --api-url URL        Bot API server (default $TELEGRAM_API_URL)
  --listen ADDR        webhook and /healthz address (default $LISTEN_ADDR)
  --log-level LEVEL    log level (default $LOG_LEVEL, else info)

Logs go to stderr. Exit status: 0 after a signal, 1 when the token is
missing, the corpus cannot be loaded, the store cannot be opened or
Telegram cannot be reached at start, 2 on a usage error.
`,
}

// announceCmd posts the announcement of the event once.
var announceCmd = &command{
	name:    "announce",
	summary: "post an article's announcement to a Telegram group or channel",
	usage: `Usage: hoidap announce --chat ID [--article ID] [--corpus DIR] [--data DIR] [--store URL]
                       [--api-url URL] [--log-level LEVEL]

Announce posts the announcement of an article's event (what, when, where,
key numbers, awards, with buttons of suggested questions) to the group or
channel ID, a chat id such as -1001234567890 or a @username, and exits; for
scheduled use. The article is the newest unless --article names one
("hoidap articles" lists them); it becomes the chat's current article, in
the store the bot serves from. The bot must be a member of the group, or
an admin of the channel. Settings come from the environment and .env, as
for serve; when a running serve has the data dir open, the corpus folder
is read instead.

Flags:
  --chat ID            the chat to post to (required)
  --article ID         the article to announce (default: the newest)
  --corpus DIR         announce from the *.txt articles in DIR
  --data DIR           read the articles from the data dir DIR
  --store URL          the store of the chats' state (default $STORE_URL)
  --api-url URL        Bot API server (default $TELEGRAM_API_URL)
  --log-level LEVEL    log level (default $LOG_LEVEL, else info)

Exit status: 0 when posted, 1 when it could not be (an unknown article, a
chat the bot cannot post in), 2 on a usage error.
`,
}

// The commands' run functions refer to the commands, so they are set here.
func init() {
	serveCmd.run = runServe
	announceCmd.run = runAnnounce
}

// Defaults of the serving settings.
const (
	defaultCorpusScan = 10 * time.Second
	pruneEvery        = 24 * time.Hour
)

// botFlags are the flags serve and announce share.
type botFlags struct {
	dir, data, store, apiURL, logLevel *string
}

func newBotFlags(fs *flag.FlagSet) botFlags {
	return botFlags{
		dir:      corpusFlag(fs),
		data:     dataFlag(fs),
		store:    fs.String("store", os.Getenv("STORE_URL"), "keep the chats' state in the store at `URL` (default $STORE_URL)"),
		apiURL:   fs.String("api-url", os.Getenv("TELEGRAM_API_URL"), "Bot API server `URL`"),
		logLevel: fs.String("log-level", os.Getenv("LOG_LEVEL"), "log `LEVEL`: debug, info, warn or error"),
	}
}

// config reads the bot's settings from the environment and the flags, and
// reports problems on stderr; ok is false when c must exit with code.
func (f botFlags) config(c *command, sio stdio) (cfg bot.Config, code int, ok bool) {
	cfg, err := bot.ConfigFromEnv(os.Getenv)
	if errors.Is(err, bot.ErrNoToken) {
		fmt.Fprintf(sio.err, "hoidap %s: TELEGRAM_BOT_TOKEN is not set; put the token from BotFather in the environment or in .env (see .env.example)\n", c.name)
		return cfg, exitRuntime, false
	}
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap %s: %s\n", c.name, strings.ReplaceAll(err.Error(), "\n", "; "))
		return cfg, exitRuntime, false
	}
	level, err := parseLevel(*f.logLevel)
	if err != nil {
		c.usageError(sio, "%v", err)
		return cfg, exitUsage, false
	}
	cfg.APIURL = *f.apiURL
	cfg.Logger = slog.New(slog.NewTextHandler(sio.err, &slog.HandlerOptions{Level: level}))
	return cfg, exitOK, true
}

// parseLevel reads a log level; "" is info.
func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if s == "" {
		return slog.LevelInfo, nil
	}
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("log level %q is not debug, info, warn or error", s)
	}
	return l, nil
}

// serveSettings are the settings of serve read from the environment only.
type serveSettings struct {
	retention time.Duration // STORE_RETENTION
	scan      time.Duration // CORPUS_SCAN
}

// readServeSettings reads STORE_RETENTION and CORPUS_SCAN through getenv.
func readServeSettings(getenv func(string) string) (serveSettings, error) {
	s := serveSettings{retention: store.DefaultRetention, scan: defaultCorpusScan}
	var errs []error
	if v := strings.TrimSpace(getenv("STORE_RETENTION")); v != "" {
		d, err := store.ParseRetention(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("STORE_RETENTION: %w", err))
		}
		s.retention = d
	}
	if v := strings.TrimSpace(getenv("CORPUS_SCAN")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("CORPUS_SCAN: %q is not a positive duration such as 10s or 1m", v))
		}
		s.scan = d
	}
	return s, errors.Join(errs...)
}

func runServe(ctx context.Context, args []string, sio stdio) int {
	c := serveCmd
	fs := c.newFlagSet()
	flags := newBotFlags(fs)
	listen := fs.String("listen", os.Getenv("LISTEN_ADDR"), "webhook and /healthz `ADDR`")
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	cfg, code, ok := flags.config(c, sio)
	if !ok {
		return code
	}
	settings, err := readServeSettings(os.Getenv)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap serve: %s\n", strings.ReplaceAll(err.Error(), "\n", "; "))
		return exitRuntime
	}
	cfg.ListenAddr = *listen
	srv, code := openServed(ctx, c, flags, cfg.Logger, sio)
	if srv == nil {
		return code
	}
	defer srv.Close()
	cfg.Store = srv.store
	if srv.scan != nil {
		// Articles uploaded to the bot are kept in the store and written
		// into the data dir at each rescan, on every replica; an upload
		// rescans at once.
		srv.scan.store = srv.store
		if _, err := srv.scan.rescan(ctx, cfg.Logger); err != nil {
			cfg.Logger.Warn("rescanning the corpus", "err", err)
		}
		cfg.Rescan = func(ctx context.Context) error {
			_, err := srv.scan.rescan(ctx, cfg.Logger)
			return err
		}
	}
	b, err := bot.New(srv.lib, cfg)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap serve: %v\n", err)
		return exitRuntime
	}
	defer b.Close()
	if _, err := pruneStore(ctx, srv.store, settings.retention, time.Now(), cfg.Logger); err != nil {
		cfg.Logger.Warn("pruning the store", "err", err)
	}
	loops, stopLoops := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		every(loops, pruneEvery, func() {
			if _, err := pruneStore(loops, srv.store, settings.retention, time.Now(), cfg.Logger); err != nil {
				cfg.Logger.Warn("pruning the store", "err", err)
			}
		})
	})
	if srv.scan != nil {
		wg.Go(func() {
			every(loops, settings.scan, func() {
				if _, err := srv.scan.rescan(loops, cfg.Logger); err != nil && loops.Err() == nil {
					cfg.Logger.Warn("rescanning the corpus", "err", err)
				}
			})
		})
	}
	err = b.Run(ctx)
	stopLoops()
	wg.Wait()
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap serve: %v\n", err)
		return exitRuntime
	}
	return exitOK
}

// every calls f every d until ctx is done.
func every(ctx context.Context, d time.Duration, f func()) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			f()
		}
	}
}

// pruneStore deletes the chat state and records of st older than
// retention before now, and logs how many rows went.
func pruneStore(ctx context.Context, st store.Store, retention time.Duration, now time.Time, log *slog.Logger) (int64, error) {
	n, err := st.Prune(ctx, now.Add(-retention))
	if err != nil {
		return 0, fmt.Errorf("prune the store: %w", err)
	}
	log.Info("store pruned", "rows", n, "retention", retention)
	return n, nil
}

func runAnnounce(ctx context.Context, args []string, sio stdio) int {
	c := announceCmd
	fs := c.newFlagSet()
	flags := newBotFlags(fs)
	chat := fs.String("chat", "", "the chat `ID` or @username to post to")
	article := fs.String("article", "", "announce the article `ID` (default: the newest)")
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	if strings.TrimSpace(*chat) == "" {
		c.usageError(sio, "--chat is required")
		return exitUsage
	}
	cfg, code, ok := flags.config(c, sio)
	if !ok {
		return code
	}
	srv, code := openServed(ctx, c, flags, cfg.Logger, sio)
	if srv == nil {
		return code
	}
	defer srv.Close()
	cfg.Store = srv.store
	b, err := bot.New(srv.lib, cfg)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap %s: %v\n", c.name, err)
		return exitRuntime
	}
	defer b.Close()
	if err := b.Announce(ctx, *chat, strings.TrimSpace(*article)); err != nil {
		fmt.Fprintf(sio.err, "hoidap announce: %v\n", err)
		return exitRuntime
	}
	fmt.Fprintf(sio.out, "announcement posted to %s\n", *chat)
	return exitOK
}

// A served is what the bot serves: the library of articles, the rescan of
// their corpus folder (nil without one), and the store of the chats'
// state.
type served struct {
	lib   *library.Library
	scan  *rescanner
	store store.Store
}

// Close closes the store and the library.
func (s *served) Close() error {
	return errors.Join(s.store.Close(), s.lib.Close())
}

// openServed opens the library and the store, or reports why not and
// returns the exit code. announce, which may run beside a serve that has
// the data dir open, then reads the corpus folder itself.
func openServed(ctx context.Context, c *command, f botFlags, log *slog.Logger, sio stdio) (*served, int) {
	lib, scan, err := openLibrary(ctx, *f.dir, *f.data, sio.err)
	if errors.Is(err, datadir.ErrInUse) && c == announceCmd && *f.dir != "" {
		log.Info("the data dir is in use; reading the corpus folder", "corpus", *f.dir)
		lib, scan, err = openLibrary(ctx, *f.dir, "", sio.err)
	}
	if err != nil {
		printCorpusError(sio, err)
		return nil, exitRuntime
	}
	url, err := storeURL(strings.TrimSpace(*f.store), *f.data)
	if errors.Is(err, errNoStore) {
		url = "memory:"
		if c == serveCmd {
			log.Warn("no STORE_URL and no data dir: the chats' state (current article, last turn) is kept in memory and lost on restart")
		}
	}
	octx, cancel := context.WithTimeout(ctx, storeOpenTimeout)
	defer cancel()
	st, err := store.Open(octx, url)
	if err != nil {
		lib.Close()
		fmt.Fprintf(sio.err, "hoidap %s: cannot open the store (STORE_URL): %v\n", c.name, err)
		return nil, exitRuntime
	}
	log.Info("store opened", "kind", st.Kind())
	return &served{lib: lib, scan: scan, store: st}, exitOK
}
