package web

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
)

// Notifications in the app: what was made for the units a user holds a grant
// at — reminders, returns, escalations, 督办, requests for a later deadline
// and their decisions — with an unread count in the header, the list, and
// marking read (one, or all). Reading is one's own: ActReadOwnSelf (a
// sign-in). Without an InboxService (Config.Inbox) the routes answer 404 and
// the header shows no count. E-mail and group-robot webhooks send the same
// notifications as before (cmd/rollout remind).

// inboxPageSize is how many notifications a page of the list shows.
const inboxPageSize = 30

// userUnits are the units the user holds a grant at, each once.
func userUnits(u *rollout.User) []int64 {
	var out []int64
	for _, g := range u.Grants {
		if g.UnitID != 0 && !slices.Contains(out, g.UnitID) {
			out = append(out, g.UnitID)
		}
	}
	return out
}

// unreadKey carries, in a page request's context, how to count the user's
// unread notifications for the header.
type unreadKey struct{}

// withUnread gives a signed-in user's page request the count of unread
// notifications for its header, counted only when a page is drawn.
func (s *Server) withUnread(r *http.Request) *http.Request {
	u := rollout.ActorFrom(r.Context())
	if s.inbox == nil || u == nil {
		return r
	}
	ctx := r.Context()
	count := func() int {
		n, err := s.inbox.Unread(ctx, u.ID, userUnits(u))
		if err != nil {
			s.logError(r, err) // the header goes without its count; the page itself is drawn
			return 0
		}
		return n
	}
	return r.WithContext(context.WithValue(ctx, unreadKey{}, count))
}

// unreadCount is the header's count for r, and whether there is an inbox.
func unreadCount(r *http.Request) (int, bool) {
	count, ok := r.Context().Value(unreadKey{}).(func() int)
	if !ok {
		return 0, false
	}
	return count(), true
}

// notificationsData is the data of the notifications page.
type notificationsData struct {
	layout
	Rows       []inboxRow
	UnreadOnly bool
	Page       int
	Prev, Next string // the URLs of the pages around, "" for none
}

// inboxRow is one notification as the list shows it.
type inboxRow struct {
	rollout.Notification
	Lines []string // the body, line by line
}

// inboxRead reads the user and its units for the notifications routes: 404
// without the service, anonymous visitors refused.
func (s *Server) inboxRead(r *http.Request) (*rollout.User, []int64, error) {
	if s.inbox == nil {
		return nil, nil, notFound(requestLang(r), r.URL.Path)
	}
	if err := s.signedIn(r, rollout.ActReadOwnSelf); err != nil {
		return nil, nil, err
	}
	if err := s.authorize(r, rollout.ActReadOwnSelf, rollout.Target{}); err != nil {
		return nil, nil, err
	}
	u := rollout.ActorFrom(r.Context())
	return u, userUnits(u), nil
}

// notificationsPage serves GET /notifications: ?unread=1 for the unread only,
// ?page=N for the Nth page of inboxPageSize.
func (s *Server) notificationsPage(w http.ResponseWriter, r *http.Request) error {
	u, units, err := s.inboxRead(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	q := r.URL.Query()
	page := 1
	if raw := q.Get("page"); raw != "" {
		if page, err = strconv.Atoi(raw); err != nil || page < 1 || page > 10000 {
			return invalid(l, "notify.bad_page", raw)
		}
	}
	unreadOnly := q.Get("unread") == "1"
	list, err := s.inbox.Inbox(r.Context(), u.ID, units, unreadOnly, inboxPageSize+1, (page-1)*inboxPageSize)
	if err != nil {
		return err
	}
	p := &notificationsData{layout: newLayout(r, tr(l, "notify.title"), "notifications"), UnreadOnly: unreadOnly, Page: page}
	pageURL := func(n int) string {
		v := "/notifications?page=" + strconv.Itoa(n)
		if unreadOnly {
			v += "&unread=1"
		}
		return v
	}
	if len(list) > inboxPageSize {
		list, p.Next = list[:inboxPageSize], pageURL(page+1)
	}
	if page > 1 {
		p.Prev = pageURL(page - 1)
	}
	for _, n := range list {
		p.Rows = append(p.Rows, inboxRow{Notification: n, Lines: strings.Split(n.Body, "\n")})
	}
	return s.views.notifications.render(w, http.StatusOK, p)
}

// readIDs reads the notification IDs of a form or body; none means all.
func readIDs(raw []string) ([]int64, error) {
	var ids []int64
	for _, v := range raw {
		id, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil || id <= 0 {
			return nil, rollout.E(rollout.EINVALID, "err.supervise.notification_id", v)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// notificationsRead serves POST /notifications/read: id (one or more) marks
// those read, none marks all; back to the list (303), or to next when it is
// a task's page (the notification's link).
func (s *Server) notificationsRead(w http.ResponseWriter, r *http.Request) error {
	u, units, err := s.inboxRead(r)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	ids, err := readIDs(r.PostForm["id"])
	if err != nil {
		return err
	}
	if _, err := s.inbox.MarkRead(r.Context(), u.ID, units, ids); err != nil {
		return err
	}
	to := "/notifications"
	if next := r.PostForm.Get("next"); strings.HasPrefix(next, "/tasks/") && safeNext(next) == next {
		to = next
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
	return nil
}

// apiNotification is one notification of the user's units.
type apiNotification struct {
	ID        int64     `json:"id"`
	UnitID    int64     `json:"unit_id"`
	TaskID    int64     `json:"task_id"`
	Kind      string    `json:"kind"`
	Day       string    `json:"day"`
	Subject   string    `json:"subject"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"created_at"`
	Read      bool      `json:"read"`
}

// apiNotifications is a page of the user's notifications and the unread count.
type apiNotifications struct {
	Notifications []apiNotification `json:"notifications"`
	Count         int               `json:"count"`
	Unread        int               `json:"unread"`
}

// apiNotificationsList serves GET /api/v1/notifications: ?unread=true for
// the unread only, ?limit (1–200, 50) and ?offset.
func (s *Server) apiNotificationsList(w http.ResponseWriter, r *http.Request) error {
	u, units, err := s.inboxRead(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	q := r.URL.Query()
	limit, offset := 50, 0
	if raw := q.Get("limit"); raw != "" {
		if limit, err = strconv.Atoi(raw); err != nil || limit < 1 || limit > 200 {
			return invalid(l, "notify.bad_limit", raw)
		}
	}
	if raw := q.Get("offset"); raw != "" {
		if offset, err = strconv.Atoi(raw); err != nil || offset < 0 {
			return invalid(l, "notify.bad_offset", raw)
		}
	}
	list, err := s.inbox.Inbox(r.Context(), u.ID, units, q.Get("unread") == "true", limit, offset)
	if err != nil {
		return err
	}
	out := apiNotifications{Notifications: []apiNotification{}}
	for _, n := range list {
		out.Notifications = append(out.Notifications, apiNotification{ID: n.ID, UnitID: n.UnitID, TaskID: n.TaskID, Kind: n.Kind,
			Day: n.Day, Subject: n.Subject, Body: n.Body, CreatedAt: n.CreatedAt, Read: n.Read})
	}
	out.Count = len(out.Notifications)
	if out.Unread, err = s.inbox.Unread(r.Context(), u.ID, units); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiReadRequest is the body of POST /api/v1/notifications/read: the IDs to
// mark read, none for all.
type apiReadRequest struct {
	IDs []int64 `json:"ids"`
}

// apiReadResult is how many were marked and how many stay unread.
type apiReadResult struct {
	Marked int `json:"marked"`
	Unread int `json:"unread"`
}

// apiNotificationsRead serves POST /api/v1/notifications/read.
func (s *Server) apiNotificationsRead(w http.ResponseWriter, r *http.Request) error {
	u, units, err := s.inboxRead(r)
	if err != nil {
		return err
	}
	var req apiReadRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	for _, id := range req.IDs {
		if id <= 0 {
			return rollout.E(rollout.EINVALID, "err.supervise.notification_id", strconv.FormatInt(id, 10))
		}
	}
	var out apiReadResult
	if out.Marked, err = s.inbox.MarkRead(r.Context(), u.ID, units, req.IDs); err != nil {
		return err
	}
	if out.Unread, err = s.inbox.Unread(r.Context(), u.ID, units); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}
