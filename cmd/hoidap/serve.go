package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/hoidap/hoidap/bot"
)

// serveCmd runs the Telegram bot.
var serveCmd = &command{
	name:    "serve",
	summary: "run the Telegram bot",
	usage: `Usage: hoidap serve [--corpus DIR] [--api-url URL] [--listen ADDR] [--log-level LEVEL]

Serve runs the Telegram bot: it answers questions in private chats, in
groups (/hoi, mentions of the bot, replies to it) and inline, until SIGINT
or SIGTERM; it then stops taking updates, finishes those in flight and
exits 0.

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
  --api-url URL        Bot API server (default $TELEGRAM_API_URL)
  --listen ADDR        webhook and /healthz address (default $LISTEN_ADDR)
  --log-level LEVEL    log level (default $LOG_LEVEL, else info)

Logs go to stderr. Exit status: 0 after a signal, 1 when the token is
missing, the corpus cannot be loaded or Telegram cannot be reached at
start, 2 on a usage error.
`,
}

// announceCmd posts the announcement of the event once.
var announceCmd = &command{
	name:    "announce",
	summary: "post the event's announcement to a Telegram group or channel",
	usage: `Usage: hoidap announce --chat ID [--corpus DIR] [--api-url URL] [--log-level LEVEL]

Announce posts the announcement of the event (what, when, where, key
numbers, awards, with buttons of suggested questions) to the group or
channel ID, a chat id such as -1001234567890 or a @username, and exits; for
scheduled use. The bot must be a member of the group, or an admin of the
channel. Settings come from the environment and .env, as for serve.

Flags:
  --chat ID            the chat to post to (required)
  --corpus DIR         announce from the *.txt articles in DIR
  --api-url URL        Bot API server (default $TELEGRAM_API_URL)
  --log-level LEVEL    log level (default $LOG_LEVEL, else info)

Exit status: 0 when posted, 1 when it could not be, 2 on a usage error.
`,
}

// The commands' run functions refer to the commands, so they are set here.
func init() {
	serveCmd.run = runServe
	announceCmd.run = runAnnounce
}

// botFlags are the flags serve and announce share.
type botFlags struct {
	dir, apiURL, logLevel *string
}

func newBotFlags(fs *flag.FlagSet) botFlags {
	return botFlags{
		dir:      corpusFlag(fs),
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
	cfg.ListenAddr = *listen
	b, code := newBot(ctx, c, cfg, *flags.dir, sio)
	if b == nil {
		return code
	}
	if err := b.Run(ctx); err != nil {
		fmt.Fprintf(sio.err, "hoidap serve: %v\n", err)
		return exitRuntime
	}
	return exitOK
}

func runAnnounce(ctx context.Context, args []string, sio stdio) int {
	c := announceCmd
	fs := c.newFlagSet()
	flags := newBotFlags(fs)
	chat := fs.String("chat", "", "the chat `ID` or @username to post to")
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
	b, code := newBot(ctx, c, cfg, *flags.dir, sio)
	if b == nil {
		return code
	}
	if err := b.Announce(ctx, *chat); err != nil {
		fmt.Fprintf(sio.err, "hoidap announce: %v\n", err)
		return exitRuntime
	}
	fmt.Fprintf(sio.out, "announcement posted to %s\n", *chat)
	return exitOK
}

// newBot loads the engine and builds the bot, or reports why not and
// returns the exit code.
func newBot(ctx context.Context, c *command, cfg bot.Config, dir string, sio stdio) (*bot.Bot, int) {
	e, err := openEngine(ctx, dir)
	if err != nil {
		printCorpusError(sio, err)
		return nil, exitRuntime
	}
	b, err := bot.New(e, cfg)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap %s: %v\n", c.name, err)
		return nil, exitRuntime
	}
	return b, exitOK
}
