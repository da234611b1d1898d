// Package notify sends reminders out of rollout: by e-mail when an SMTP server
// is configured, and to a webhook in the JSON that the group robots of common
// office messengers accept ({"msgtype":"text","text":{"content":…}}).
package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/smtp"
	"strings"
	"time"
)

// Message is one reminder to send.
type Message struct {
	To      []string // e-mail addresses; ignored by the webhook
	Subject string
	Body    string
}

// Sender sends a message; implementations are safe for concurrent use.
type Sender interface {
	Send(ctx context.Context, m Message) error
}

// SMTP sends e-mail through a server, with STARTTLS when the server offers it
// and PLAIN authentication when a user is set.
type SMTP struct {
	Addr     string // host:port
	From     string
	User     string
	Password string
}

// Send delivers m to every address of m.To.
func (s *SMTP) Send(ctx context.Context, m Message) error {
	if len(m.To) == 0 {
		return nil
	}
	host, _, err := net.SplitHostPort(s.Addr)
	if err != nil {
		return fmt.Errorf("smtp address %q: %w", s.Addr, err)
	}
	var auth smtp.Auth
	if s.User != "" {
		auth = smtp.PlainAuth("", s.User, s.Password, host)
	}
	done := make(chan error, 1)
	go func() { done <- smtp.SendMail(s.Addr, auth, s.From, m.To, mail(s.From, m)) }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("send mail via %s: %w", s.Addr, err)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// mail formats a UTF-8 message with an encoded subject.
func mail(from string, m Message) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\n", from, strings.Join(m.To, ", "),
		mime.BEncoding.Encode("UTF-8", m.Subject), time.Now().Format(time.RFC1123Z))
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString(strings.ReplaceAll(m.Body, "\n", "\r\n"))
	b.WriteString("\r\n")
	return b.Bytes()
}

// Webhook posts messages to a group robot's URL.
type Webhook struct {
	URL    string
	Client *http.Client // nil: a client with a 10-second timeout
}

// webhookBody is the text message that WeCom and DingTalk group robots accept.
type webhookBody struct {
	MsgType string `json:"msgtype"`
	Text    struct {
		Content string `json:"content"`
	} `json:"text"`
}

// Send posts m as a text message: the subject, a blank line, the body.
func (w *Webhook) Send(ctx context.Context, m Message) error {
	var body webhookBody
	body.MsgType = "text"
	body.Text.Content = m.Subject + "\n\n" + m.Body
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("webhook %q: %w", w.URL, err)
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	c := w.Client
	if c == nil {
		c = &http.Client{Timeout: 10 * time.Second}
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return nil
}

// Multi sends through every sender and reports the first failure after trying
// them all.
type Multi []Sender

// Send sends m through each sender.
func (ms Multi) Send(ctx context.Context, m Message) error {
	var first error
	for _, s := range ms {
		if err := s.Send(ctx, m); err != nil && first == nil {
			first = err
		}
	}
	return first
}
