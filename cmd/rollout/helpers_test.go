package main

import (
	"io"
	"log/slog"
	"net/url"
	"strconv"
)

func urlQuery(s string) string { return url.QueryEscape(s) }
func itoa(n int64) string      { return strconv.FormatInt(n, 10) }

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
