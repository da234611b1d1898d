package main

import (
	"net/url"
	"strconv"
)

func urlQuery(s string) string { return url.QueryEscape(s) }
func itoa(n int64) string      { return strconv.FormatInt(n, 10) }
