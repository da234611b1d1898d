package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
)

func urlQuery(s string) string { return url.QueryEscape(s) }
func itoa(n int64) string      { return strconv.FormatInt(n, 10) }

// rawDB opens the database behind dsn with plain database/sql, as someone
// with direct access would; it is closed when the test ends.
func rawDB(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	driver, source := "pgx", dsn
	if s, ok := strings.CutPrefix(dsn, "sqlite:"); ok {
		driver, source = "sqlite", s
	}
	raw, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return raw
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// overStorage is the site over the real storage, served by a test server
// (closed when the test ends), for the tests that drive it over HTTP with
// accounts of their own.
type overStorage struct {
	t   *testing.T
	ctx context.Context // acts as the user "test"
	db  *sqldb.DB
	srv *httptest.Server
}

func serveOverStorage(t *testing.T, db *sqldb.DB) *overStorage {
	t.Helper()
	ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "test"})
	site, err := newSite(ctx, db, discardLogger(), serveConfig{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(site.Handler())
	t.Cleanup(srv.Close)
	return &overStorage{t: t, ctx: ctx, db: db, srv: srv}
}

// unit is the unit of that name (or code).
func (s *overStorage) unit(key string) *rollout.Unit {
	s.t.Helper()
	u, err := s.db.UnitByName(s.ctx, key)
	if err != nil {
		s.t.Fatal(err)
	}
	return u
}

// taskOf is u's task for the item seq of its batch.
func (s *overStorage) taskOf(u *rollout.Unit, seq int) *rollout.Task {
	s.t.Helper()
	ts, err := s.db.Tasks(s.ctx, rollout.TaskFilter{UnitID: u.ID})
	if err != nil {
		s.t.Fatal(err)
	}
	for _, tk := range ts {
		if tk.ItemSeq == seq {
			return tk
		}
	}
	s.t.Fatalf("%s has no task for item %d", u.Name, seq)
	return nil
}

// account creates the user username with one grant: role at the unit unitID.
func (s *overStorage) account(username string, unitID int64, role rollout.Role, password string) {
	s.t.Helper()
	if err := s.db.CreateUser(s.ctx, &rollout.User{Username: username, Grants: []rollout.Grant{{UnitID: unitID, Role: role}}}, password); err != nil {
		s.t.Fatal(err)
	}
}

// signIn is a browser of the site signed in as username.
func (s *overStorage) signIn(username, password string) *client {
	s.t.Helper()
	return signIn(s.t, s.srv, username, password)
}

// client is a signed-in browser of the test server; it does not follow
// redirects (a test sees the 303 itself).
type client struct {
	t   *testing.T
	srv *httptest.Server
	c   *http.Client
}

func signIn(t *testing.T, srv *httptest.Server, username, password string) *client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &client{t: t, srv: srv, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	if code, body := c.do("POST", "/api/v1/session", fmt.Sprintf(`{"username":%q,"password":%q}`, username, password)); code != 200 {
		t.Fatalf("sign in %s: %d %s", username, code, body)
	}
	return c
}

// do sends body (JSON when there is one) and gives the status and the body of
// the response.
func (c *client) do(method, path, body string) (int, string) {
	c.t.Helper()
	ctype := ""
	if body != "" {
		ctype = "application/json"
	}
	return c.send(method, path, ctype, body)
}

// send sends body of type ctype ("" for none), from the site's own origin.
func (c *client) send(method, path, ctype, body string) (int, string) {
	c.t.Helper()
	req, _ := http.NewRequest(method, c.srv.URL+path, bytes.NewReader([]byte(body)))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Origin", c.srv.URL)
	resp, err := c.c.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
