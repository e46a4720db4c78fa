package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

// versionCmd prints the version and revision hoidap was built from.
var versionCmd = &command{
	name:    "version",
	summary: "print hoidap's version and the revision it was built from",
	usage: `Usage: hoidap version

Version prints the build information Go embeds in the binary: hoidap's
module version, the version control revision it was built from, with
"(modified)" when the working tree had uncommitted changes, and the Go
version. "revision unknown" means the build recorded none: go run, go test,
-buildvcs=false, or a build without the .git folder, as in the Docker
image. "hoidap --version" does the same.
`,
}

// versionCmd.run refers to versionCmd, so it is set here.
func init() { versionCmd.run = runVersion }

func runVersion(ctx context.Context, args []string, sio stdio) int {
	c := versionCmd
	if code, ok := c.parseNoArgs(c.newFlagSet(), args, sio); !ok {
		return code
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	fmt.Fprint(sio.out, formatVersion(info))
	return exitOK
}

// isVersionFlag reports whether arg asks for the version: -version or
// --version.
func isVersionFlag(arg string) bool {
	return arg == "-version" || arg == "--version"
}

// formatVersion describes the build info, which may be nil:
//
//	hoidap v0.0.0-20261130235045-a52c644b0e3d+dirty
//	revision a52c644b0e3d9f3a8c8b6f6d2e0f4b1c2d3e4f50 (modified), committed 2026-11-30T23:50:45Z
//	built with go1.26.8
func formatVersion(info *debug.BuildInfo) string {
	version, goVersion := "", ""
	settings := map[string]string{}
	if info != nil {
		version, goVersion = info.Main.Version, info.GoVersion
		for _, s := range info.Settings {
			settings[s.Key] = s.Value
		}
	}
	if version == "" {
		version = "(devel)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "hoidap %s\n", version)
	if rev := settings["vcs.revision"]; rev != "" {
		fmt.Fprintf(&b, "revision %s", rev)
		if settings["vcs.modified"] == "true" {
			b.WriteString(" (modified)")
		}
		if t := settings["vcs.time"]; t != "" {
			fmt.Fprintf(&b, ", committed %s", t)
		}
		b.WriteString("\n")
	} else {
		b.WriteString("revision unknown\n")
	}
	if goVersion != "" {
		fmt.Fprintf(&b, "built with %s\n", goVersion)
	}
	return b.String()
}
