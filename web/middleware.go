package web

import (
	"context"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"rollout"
)

// middleware wraps a handler; the site is the routes wrapped in a few of them.
type middleware func(http.Handler) http.Handler

// chain applies ms so that the first one is the outermost.
func chain(h http.Handler, ms ...middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

// contentSecurityPolicy allows only what the site itself serves: no inline
// script or style, no plugins, no framing by other sites, forms to itself only.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// strictTransportSecurity tells a browser to use only HTTPS for a year.
const strictTransportSecurity = "max-age=31536000"

// securityHeaders sets the headers every response carries; with hsts (the
// site serves TLS itself), Strict-Transport-Security too.
func securityHeaders(hsts bool) middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			if hsts {
				h.Set("Strict-Transport-Security", strictTransportSecurity)
			}
			setSecurityHeaders(h)
			next.ServeHTTP(w, r)
		})
	}
}

// setSecurityHeaders sets the headers of every response but HSTS.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("X-Frame-Options", "DENY") // frame-ancestors for browsers without CSP 2
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// recordingWriter remembers the status a handler wrote.
type recordingWriter struct {
	http.ResponseWriter
	status int
}

func (w *recordingWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *recordingWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *recordingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs each request with its route pattern, status, duration,
// client address and the user it was made as ("" for an anonymous visitor).
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &recordingWriter{ResponseWriter: w}
		ru := &requestUser{}
		next.ServeHTTP(rw, r.WithContext(context.WithValue(r.Context(), requestUserKey{}, ru)))
		route := ""
		if note, ok := r.Context().Value(routeNoteKey{}).(*routeNote); ok {
			route = cmpRoute(note.pattern)
		}
		s.log.InfoContext(r.Context(), "request",
			"method", r.Method, "path", rollout.BoundText(r.URL.Path, rollout.AuditObjectMax), "route", route, "status", rw.status,
			"duration", time.Since(start), "remote", remoteHost(r.RemoteAddr), "user", ru.name)
	})
}

// recoverPanics turns a panic in a handler into a logged internal error and a
// 500 page (or JSON error under /api/). The stack goes to the log only.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rw := &recordingWriter{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v) // the server's own signal to drop the connection
			}
			s.log.ErrorContext(r.Context(), "panic serving request",
				"method", r.Method, "path", rollout.BoundText(r.URL.Path, rollout.AuditObjectMax), "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if rw.status != 0 {
				return // the response has begun; the client gets what was written
			}
			s.writeError(rw, r, fmt.Errorf("panic: %v", v))
		}()
		next.ServeHTTP(rw, r)
	})
}

// crossOriginProtection rejects cross-origin requests with unsafe methods: a
// form post from another site (the division form) or a browser script of
// another origin calling the API. Requests without browser headers (curl, other
// systems) pass. The rejection is rendered like any other 403.
func (s *Server) crossOriginProtection(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, rollout.E(rollout.EFORBIDDEN, "error.cross_origin"))
	}))
	return cop.Handler(next)
}

// writeError renders err as JSON for the API and as a page for everything else;
// used where no route's adapter is at hand (panics, unknown paths).
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	if isAPI(r) {
		s.apiError(w, r, err)
		return
	}
	s.pageError(w, r, err)
}

func isAPI(r *http.Request) bool {
	return r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/")
}

// discardWriter keeps a response's header and status and drops its body.
type discardWriter struct {
	header http.Header
	status int
}

func (w *discardWriter) Header() http.Header { return w.header }
func (w *discardWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return len(b), nil
}
func (w *discardWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

// withFallback serves the routes of mux, and renders the mux's own 404 and 405
// answers in the site's layout (or as JSON under /api/) instead of plain text.
// Redirects the mux makes (a path to clean) pass through as they are.
func (s *Server) withFallback(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		dw := &discardWriter{header: http.Header{}}
		h.ServeHTTP(dw, r)
		l := requestLang(r)
		switch dw.status {
		case http.StatusNotFound:
			s.writeError(w, r, notFound(l, r.URL.Path))
		case http.StatusMethodNotAllowed:
			w.Header().Set("Allow", dw.header.Get("Allow"))
			s.writeError(w, r, &httpError{
				status:  http.StatusMethodNotAllowed,
				code:    codeMethodNotAllowed,
				message: tr(l, "error.method", r.Method, dw.header.Get("Allow")),
			})
		default:
			for k, v := range dw.header {
				if k != "Content-Type" && k != "Content-Length" {
					w.Header()[k] = v
				}
			}
			w.WriteHeader(dw.status)
		}
	})
}
