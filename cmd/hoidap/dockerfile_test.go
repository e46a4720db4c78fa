package main

import (
	"encoding/json"
	"go/version"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// An instruction is one Dockerfile instruction, continuation lines joined.
type instruction struct {
	cmd  string // upper case: FROM, ENV, HEALTHCHECK …
	args string
	line int
}

// readDockerfile returns the instructions of the Dockerfile at path, and
// fails the test when it cannot be read.
func readDockerfile(t *testing.T, path string) []instruction {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading the Dockerfile: %v", err)
	}
	var (
		out  []instruction
		cur  strings.Builder
		from int
	)
	for i, line := range strings.Split(string(data), "\n") {
		trimmed := strings.TrimSpace(line)
		if cur.Len() == 0 && (trimmed == "" || strings.HasPrefix(trimmed, "#")) {
			continue
		}
		if cur.Len() == 0 {
			from = i + 1
		}
		if body, ok := strings.CutSuffix(trimmed, `\`); ok {
			cur.WriteString(body + " ")
			continue
		}
		cur.WriteString(trimmed)
		cmd, args, _ := strings.Cut(cur.String(), " ")
		out = append(out, instruction{cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args), line: from})
		cur.Reset()
	}
	return out
}

// goModVersion returns the go line of the module's go.mod.
func goModVersion(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatalf("reading go.mod: %v", err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(data)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	return string(m[1])
}

// TestDockerfile checks what no Docker engine here can run: the build image
// is an exact Go release that go.mod allows, the binary is built as .ci/run
// expects, and the final image sets LISTEN_ADDR and a HEALTHCHECK in exec
// form that runs hoidap healthcheck.
func TestDockerfile(t *testing.T) {
	ins := readDockerfile(t, "../../Dockerfile")
	var stages [][]instruction // instructions from each FROM on
	for _, in := range ins {
		if in.cmd == "FROM" {
			stages = append(stages, nil)
		}
		if len(stages) == 0 {
			if in.cmd != "ARG" {
				t.Fatalf("line %d: %s before the first FROM", in.line, in.cmd)
			}
			continue
		}
		stages[len(stages)-1] = append(stages[len(stages)-1], in)
	}
	if len(stages) < 2 {
		t.Fatalf("%d stages, want a build stage and the final image", len(stages))
	}

	t.Run("pinned Go image", func(t *testing.T) {
		from := strings.Fields(stages[0][0].args)
		m := regexp.MustCompile(`^golang:(1\.\d+\.\d+)(-[a-z0-9]+)?$`).FindStringSubmatch(from[0])
		if m == nil {
			t.Fatalf("line %d: build image %q is not an exact release golang:1.X.Y[-variant]", stages[0][0].line, from[0])
		}
		mod := goModVersion(t)
		if version.Compare("go"+m[1], "go"+mod) < 0 {
			t.Errorf("build image Go %s is older than go.mod's go %s", m[1], mod)
		}
		build := false
		for _, in := range stages[0] {
			if in.cmd == "RUN" && strings.Contains(in.args, "CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o") {
				build = true
			}
		}
		if !build {
			t.Error("the build stage does not run: CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o …")
		}
	})

	final := stages[len(stages)-1]
	t.Run("LISTEN_ADDR", func(t *testing.T) {
		var envs []instruction
		for _, in := range final {
			if in.cmd == "ENV" && strings.HasPrefix(in.args, "LISTEN_ADDR") {
				envs = append(envs, in)
			}
		}
		if len(envs) != 1 || envs[0].args != "LISTEN_ADDR=:8080" {
			t.Errorf("the final image sets LISTEN_ADDR by %v, want one line ENV LISTEN_ADDR=:8080", envs)
		}
	})

	t.Run("HEALTHCHECK", func(t *testing.T) {
		var hcs []instruction
		binary := ""
		for _, in := range final {
			switch in.cmd {
			case "HEALTHCHECK":
				hcs = append(hcs, in)
			case "COPY":
				if f := strings.Fields(in.args); strings.HasSuffix(f[len(f)-1], "/hoidap") {
					binary = f[len(f)-1]
				}
			}
		}
		if len(hcs) != 1 {
			t.Fatalf("%d HEALTHCHECK instructions in the final image, want 1", len(hcs))
		}
		opts, exec, ok := strings.Cut(hcs[0].args, "CMD ")
		if !ok {
			t.Fatalf("line %d: HEALTHCHECK %s has no CMD", hcs[0].line, hcs[0].args)
		}
		var argv []string
		if err := json.Unmarshal([]byte(exec), &argv); err != nil || len(argv) < 2 {
			t.Fatalf("line %d: HEALTHCHECK CMD %s is not in exec form [\"/path/hoidap\", \"healthcheck\"] (the image has no shell): %v", hcs[0].line, exec, err)
		}
		if binary == "" || argv[0] != binary {
			t.Errorf("HEALTHCHECK runs %q, but the image's binary is %q", argv[0], binary)
		}
		if argv[1] != healthCmd.name || lookup(argv[1]) == nil {
			t.Errorf("HEALTHCHECK runs %q, want %q", argv[1:], healthCmd.name)
		}
		for _, o := range strings.Fields(opts) {
			name, value, _ := strings.Cut(strings.TrimPrefix(o, "--"), "=")
			switch name {
			case "interval", "timeout", "start-period", "start-interval":
				d, err := time.ParseDuration(value)
				if err != nil {
					t.Errorf("HEALTHCHECK %s: %v", o, err)
				}
				if name == "timeout" && d <= healthTimeout {
					t.Errorf("HEALTHCHECK %s does not leave hoidap healthcheck its %v", o, healthTimeout)
				}
			case "retries":
			default:
				t.Errorf("HEALTHCHECK option %s", o)
			}
		}
	})
}
