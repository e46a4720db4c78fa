package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/hoidap/hoidap/bot"
)

// healthCmd asks the bot running on this machine whether it is healthy,
// for container health checks: the image has no shell and no curl.
var healthCmd = &command{
	name:    "healthcheck",
	summary: "check the health of the bot running here (for container health checks)",
	usage: `Usage: hoidap healthcheck [--listen ADDR] [--timeout D]

Healthcheck asks the running "hoidap serve" for /healthz on LISTEN_ADDR
(default :8080) and exits 0 when it answers 200 OK, 1 otherwise: nothing
listens there, no answer within the timeout, or another status, which it
prints on stderr. A host left empty (":8080"), 0.0.0.0 or :: means this
machine: 127.0.0.1 or ::1. It is the Docker image's HEALTHCHECK.

The bot answers 200 while it works. In polling mode it serves /healthz only
when LISTEN_ADDR is set (the image sets :8080), and answers 503 once no
getUpdates call has succeeded for a minute; in webhook mode /healthz is
served beside the webhook.

Flags:
  --listen ADDR        where serve listens (default $LISTEN_ADDR, else :8080)
  --timeout D          how long to wait for the answer (default 3s)

Exit status: 0 healthy, 1 not, 2 on a usage error.
`,
}

// healthTimeout is how long healthcheck waits for /healthz by default.
const healthTimeout = 3 * time.Second

// healthCmd.run refers to healthCmd, so it is set here.
func init() { healthCmd.run = runHealthcheck }

func runHealthcheck(ctx context.Context, args []string, sio stdio) int {
	c := healthCmd
	fs := c.newFlagSet()
	addr := strings.TrimSpace(os.Getenv("LISTEN_ADDR"))
	if addr == "" {
		addr = bot.DefaultListenAddr
	}
	listen := fs.String("listen", addr, "the `ADDR` serve listens on")
	timeout := fs.Duration("timeout", healthTimeout, "how long to wait for the answer")
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	if *timeout <= 0 {
		c.usageError(sio, "--timeout must be positive, not %v", *timeout)
		return exitUsage
	}
	url, err := healthURL(*listen)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap healthcheck: %v\n", err)
		return exitRuntime
	}
	if err := checkHealth(ctx, url, *timeout); err != nil {
		fmt.Fprintf(sio.err, "hoidap healthcheck: %v\n", err)
		return exitRuntime
	}
	fmt.Fprintf(sio.out, "%s: ok\n", url)
	return exitOK
}

// healthURL returns the URL of /healthz for a server listening on addr
// (host:port): on this machine when the host is empty or unspecified.
func healthURL(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("listen address %q: %w", addr, err)
	}
	if port == "" {
		return "", fmt.Errorf("listen address %q: no port", addr)
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}

// checkHealth gets url within timeout and returns an error unless it
// answers 200 OK; the error quotes the start of any other answer.
func checkHealth(ctx context.Context, url string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("health check request: %w", err)
	}
	client := &http.Client{
		// Straight to the bot: no proxy from the environment, no redirects.
		Transport:     &http.Transport{DisableKeepAlives: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("GET %s: no answer within %v", url, timeout)
		}
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512))
	if err != nil {
		return fmt.Errorf("GET %s: reading the answer: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s: %s", url, resp.Status, strings.TrimSpace(string(body)))
	}
	return nil
}
