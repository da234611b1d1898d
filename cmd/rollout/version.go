package main

import (
	"runtime"
	"runtime/debug"
)

// commit and buildDate are set at build time, as version is (make dist):
//
//	-ldflags "-X main.version=v0.2.0 -X main.commit=0123abc -X main.buildDate=2026-11-27T00:00:00Z"
var (
	commit    = ""
	buildDate = ""
)

// versionLine is what rollout version prints: the version, the commit it was
// built from and when, and the Go version and platform.
func versionLine() string {
	c := commit
	if c == "" {
		if info, ok := debug.ReadBuildInfo(); ok {
			for _, s := range info.Settings {
				if s.Key == "vcs.revision" {
					c = s.Value
				}
			}
		}
	}
	if len(c) > 12 {
		c = c[:12]
	}
	line := "rollout " + buildVersion()
	if c != "" {
		line += " commit " + c
	}
	if buildDate != "" {
		line += " built " + buildDate
	}
	return line + " " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
}
