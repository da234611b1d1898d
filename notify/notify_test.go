package notify

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestWebhook(t *testing.T) {
	var got webhookBody
	var contentType string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		contentType = r.Header.Get("Content-Type")
		b, _ := io.ReadAll(r.Body)
		json.Unmarshal(b, &got)
	}))
	defer srv.Close()
	w := &Webhook{URL: srv.URL}
	if err := w.Send(context.Background(), Message{Subject: "任务即将到期", Body: "第24项 入海排污口规范化：完成时限 2024年6月底前"}); err != nil {
		t.Fatal(err)
	}
	if got.MsgType != "text" || !strings.Contains(got.Text.Content, "任务即将到期\n\n第24项") || !strings.HasPrefix(contentType, "application/json") {
		t.Errorf("webhook got %+v (%s)", got, contentType)
	}
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) }))
	defer failing.Close()
	if err := (&Webhook{URL: failing.URL}).Send(context.Background(), Message{Subject: "x"}); err == nil {
		t.Error("a failing webhook reported success")
	}
}

// fakeSMTP is a minimal SMTP server on loopback that records one message.
func fakeSMTP(t *testing.T) (addr string, got chan string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	got = make(chan string, 1)
	go func() {
		defer ln.Close()
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		r := bufio.NewReader(c)
		say := func(s string) { io.WriteString(c, s+"\r\n") }
		say("220 test")
		var data strings.Builder
		inData := false
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			if inData {
				if line == ".\r\n" {
					inData = false
					got <- data.String()
					say("250 ok")
					continue
				}
				data.WriteString(line)
				continue
			}
			switch cmd := strings.ToUpper(strings.TrimSpace(line)); {
			case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
				say("250 test")
			case strings.HasPrefix(cmd, "DATA"):
				inData = true
				say("354 go on")
			case strings.HasPrefix(cmd, "QUIT"):
				say("221 bye")
				return
			default:
				say("250 ok")
			}
		}
	}()
	return ln.Addr().String(), got
}

func TestSMTP(t *testing.T) {
	addr, got := fakeSMTP(t)
	s := &SMTP{Addr: addr, From: "rollout@gov.example"}
	err := s.Send(context.Background(), Message{To: []string{"reporter@sz.example"}, Subject: "任务已逾期", Body: "第9项 跨境人民币全程电子缴税\n已逾期 2 天"})
	if err != nil {
		t.Fatal(err)
	}
	msg := <-got
	for _, want := range []string{"To: reporter@sz.example", "Subject: =?UTF-8?b?", "charset=UTF-8", "第9项 跨境人民币全程电子缴税\r\n已逾期 2 天"} {
		if !strings.Contains(msg, want) {
			t.Errorf("mail lacks %q:\n%s", want, msg)
		}
	}
}

func TestMulti(t *testing.T) {
	calls := 0
	ok := senderFunc(func(context.Context, Message) error { calls++; return nil })
	bad := senderFunc(func(context.Context, Message) error { calls++; return io.EOF })
	if err := (Multi{bad, ok}).Send(context.Background(), Message{}); err != io.EOF || calls != 2 {
		t.Errorf("multi: %v after %d calls", err, calls)
	}
}

type senderFunc func(context.Context, Message) error

func (f senderFunc) Send(ctx context.Context, m Message) error { return f(ctx, m) }
