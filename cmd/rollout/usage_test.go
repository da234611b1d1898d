package main

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestREADMEListsTheCommands: the command list is written once, in usage; the
// README's "Using it" block names the same commands with the same flags.
func TestREADMEListsTheCommands(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := string(readme)
	block = block[strings.Index(block, "## Using it"):]
	block = block[:strings.Index(block[3:], "\n## ")+3]
	if got, want := commandFlags(block), commandFlags(usage); !reflect.DeepEqual(got, want) {
		t.Errorf("README lists %v\nusage lists  %v", got, want)
	}
}

var (
	commandRE = regexp.MustCompile(`rollout ([a-z]+)`)
	flagRE    = regexp.MustCompile(`--[a-z][a-z-]*`)
)

// commandFlags reads a list of synopses: each command with the flags its line
// names (--db, which every command takes, left out).
func commandFlags(text string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(text, "\n") {
		cmds := commandRE.FindAllStringSubmatch(line, -1)
		if len(cmds) == 0 || !strings.HasPrefix(strings.TrimSpace(line), "rollout ") {
			continue
		}
		var flags []string
		for _, f := range flagRE.FindAllString(line, -1) {
			if f != "--db" && !slices.Contains(flags, f) {
				flags = append(flags, f)
			}
		}
		slices.Sort(flags)
		for _, c := range cmds {
			out[c[1]] = append(out[c[1]], flags...)
		}
	}
	return out
}
