package main

import (
	"errors"
	"flag"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestParseInterleaved(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		pos     []string
		json    bool
		corpus  string
		wantErr string // substring; "help" for flag.ErrHelp
	}{
		{name: "none", args: nil, pos: []string{}},
		{name: "words only", args: []string{"ai", "được", "tặng?"}, pos: []string{"ai", "được", "tặng?"}},
		{name: "flags first", args: []string{"--json", "--corpus", "d", "q"}, pos: []string{"q"}, json: true, corpus: "d"},
		{name: "flags last", args: []string{"a", "b", "-json", "-corpus=d"}, pos: []string{"a", "b"}, json: true, corpus: "d"},
		{name: "flags between", args: []string{"a", "--corpus", "d", "b", "--json", "c"}, pos: []string{"a", "b", "c"}, json: true, corpus: "d"},
		{name: "bool with value", args: []string{"--json=false", "q"}, pos: []string{"q"}},
		{name: "later flag wins", args: []string{"--corpus", "a", "--corpus=b"}, pos: []string{}, corpus: "b"},
		{name: "empty value", args: []string{"--corpus=", "q"}, pos: []string{"q"}},
		{name: "value looks like a flag", args: []string{"--corpus", "--json"}, pos: []string{}, corpus: "--json"},
		{name: "double dash ends flags", args: []string{"--json", "--", "--corpus", "x", "--"}, pos: []string{"--corpus", "x", "--"}, json: true},
		{name: "single dash is a word", args: []string{"-", "q"}, pos: []string{"-", "q"}},
		{name: "empty words kept", args: []string{"", " "}, pos: []string{"", " "}},
		{name: "unknown flag", args: []string{"q", "--nope"}, wantErr: "flag provided but not defined: -nope"},
		{name: "negative number is a flag", args: []string{"-5"}, wantErr: "not defined: -5"},
		{name: "missing value", args: []string{"--corpus"}, wantErr: "flag needs an argument: -corpus"},
		{name: "bad bool", args: []string{"--json=maybe"}, wantErr: `invalid value "maybe" for flag -json`},
		{name: "three dashes", args: []string{"---json"}, wantErr: "bad flag syntax"},
		{name: "dash equals", args: []string{"-=x"}, wantErr: "bad flag syntax"},
		{name: "help", args: []string{"q", "-h"}, wantErr: "help"},
		{name: "long help", args: []string{"--help", "--nope"}, wantErr: "help"},
		{name: "help after double dash is a word", args: []string{"--", "--help"}, pos: []string{"--help"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			asJSON := fs.Bool("json", false, "")
			corpus := fs.String("corpus", "", "")
			pos, err := parseInterleaved(fs, tt.args)
			switch {
			case tt.wantErr == "help":
				if !errors.Is(err, flag.ErrHelp) {
					t.Fatalf("err = %v, want flag.ErrHelp", err)
				}
				return
			case tt.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			case err != nil:
				t.Fatalf("err = %v", err)
			}
			if !reflect.DeepEqual(pos, tt.pos) {
				t.Errorf("positional = %q, want %q", pos, tt.pos)
			}
			if *asJSON != tt.json || *corpus != tt.corpus {
				t.Errorf("json, corpus = %v, %q; want %v, %q", *asJSON, *corpus, tt.json, tt.corpus)
			}
		})
	}
}
