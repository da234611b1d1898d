package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"time"

	"rollout"
)

//go:embed static
var staticFS embed.FS

// staticFile is one embedded file with the hash that names its URL.
type staticFile struct {
	body        []byte
	hash        string // first 12 hex digits of the SHA-256 of body
	contentType string
}

// staticFiles are the embedded files under static/, served under
// /static/{hash}/{file}: a page always names the current content, so browsers may
// keep a file for a year and still never show a stale one after an upgrade.
type staticFiles map[string]*staticFile

func loadStatic(fsys fs.FS) (staticFiles, error) {
	files := staticFiles{}
	entries, err := fs.ReadDir(fsys, "static")
	if err != nil {
		return nil, fmt.Errorf("read static files: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue // a flat directory; nothing nested is served
		}
		b, err := fs.ReadFile(fsys, "static/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("read static file %s: %w", e.Name(), err)
		}
		ct, ok := staticTypes[path.Ext(e.Name())]
		if !ok {
			return nil, fmt.Errorf("static file %s: no content type for its extension", e.Name())
		}
		sum := sha256.Sum256(b)
		files[e.Name()] = &staticFile{body: b, hash: hex.EncodeToString(sum[:])[:12], contentType: ct}
	}
	return files, nil
}

// staticTypes are the content types of the extensions static/ may hold; fixed
// here so that responses do not depend on the host's MIME tables.
var staticTypes = map[string]string{
	".css": "text/css; charset=utf-8",
	".js":  "text/javascript; charset=utf-8",
	".svg": "image/svg+xml",
	".png": "image/png",
	".ico": "image/x-icon",
}

// url is the template function static: the content-hashed URL of a file.
func (sf staticFiles) url(name string) (string, error) {
	f, ok := sf[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return "/static/" + f.hash + "/" + name, nil
}

// serveStatic serves GET /static/{hash}/{file}. The current hash is cached for a
// year; an older hash (a page rendered before an upgrade) gets the current file
// without caching rather than an error.
func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	name := r.PathValue("file")
	f, ok := s.static[name]
	if !ok {
		return notFound(requestLang(r), r.URL.Path)
	}
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("ETag", `"`+f.hash+`"`)
	if r.PathValue("hash") == f.hash {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(f.body))
	return nil
}
