package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"time"

	"rollout"
	"rollout/notify"
	"rollout/sqldb"
)

// senders builds the reminder senders the environment configures: e-mail with
// ROLLOUT_SMTP_ADDR (and ROLLOUT_SMTP_FROM, ROLLOUT_SMTP_USER,
// ROLLOUT_SMTP_PASSWORD), a group-robot webhook with ROLLOUT_WEBHOOK_URL.
func senders() notify.Multi {
	var out notify.Multi
	if addr := os.Getenv("ROLLOUT_SMTP_ADDR"); addr != "" {
		out = append(out, &notify.SMTP{Addr: addr, From: envOr("ROLLOUT_SMTP_FROM", "rollout@localhost"),
			User: os.Getenv("ROLLOUT_SMTP_USER"), Password: os.Getenv("ROLLOUT_SMTP_PASSWORD")})
	}
	if url := os.Getenv("ROLLOUT_WEBHOOK_URL"); url != "" {
		out = append(out, &notify.Webhook{URL: url})
	}
	return out
}

// warningDaysDefault reads ROLLOUT_WARNING_DAYS, or DefaultWarningDays.
func warningDaysDefault() int {
	if n, err := strconv.Atoi(os.Getenv("ROLLOUT_WARNING_DAYS")); err == nil && n >= 0 {
		return n
	}
	return rollout.DefaultWarningDays
}

// remindOnce stores the day's reminders and sends the unsent ones through s.
// Several servers may run it at once: storage makes each reminder once and
// hands each to one sender.
func remindOnce(ctx context.Context, db *sqldb.DB, s notify.Multi, warningDays int, log *slog.Logger) (made, sent int, err error) {
	ctx = rollout.WithActor(ctx, &rollout.User{Username: "system"})
	if made, err = db.Remind(ctx, time.Now(), warningDays); err != nil {
		return 0, 0, err
	}
	// Coordination: problems whose answer is due soon or overdue.
	more, err := db.RemindProblems(ctx, time.Now(), warningDays)
	if err != nil {
		return made, 0, err
	}
	made += more
	if len(s) == 0 {
		return made, 0, nil // stored and shown in rollout; nothing to send through
	}
	for {
		ns, err := db.ClaimNotifications(ctx, 50, 10*time.Minute)
		if err != nil || len(ns) == 0 {
			return made, sent, err
		}
		for _, n := range ns {
			sendErr := s.Send(ctx, notify.Message{To: n.To, Subject: n.Subject, Body: n.Body})
			if sendErr != nil {
				log.Warn("reminder not sent", "notification", n.ID, "err", sendErr)
			} else {
				sent++
			}
			if err := db.MarkSent(ctx, n.ID, sendErr); err != nil {
				return made, sent, err
			}
		}
		if len(ns) < 50 {
			return made, sent, nil
		}
	}
}

// runReminders runs remindOnce every period until ctx ends; a round that has
// begun is not cut short.
func runReminders(ctx context.Context, db *sqldb.DB, s notify.Multi, every time.Duration, warningDays int, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		// A round in progress finishes at shutdown: a reminder sent is marked sent.
		if made, sent, err := remindOnce(context.WithoutCancel(ctx), db, s, warningDays, log); err != nil {
			if ctx.Err() != nil {
				return
			}
			log.Error("reminders", "err", err)
		} else if made > 0 || sent > 0 {
			log.Info("reminders", "made", made, "sent", sent)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func cmdRemind(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("remind", "用法: rollout remind [--warning-days N] [--db DSN]\n\n生成今天的到期提醒（黄灯、红灯），并通过已配置的邮件（ROLLOUT_SMTP_ADDR）和群机器人（ROLLOUT_WEBHOOK_URL）发送一次。", stderr)
	dsn := dbFlag(fs)
	days := fs.Int("warning-days", warningDaysDefault(), "days before a deadline when the light turns yellow (env ROLLOUT_WARNING_DAYS)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	made, sent, err := remindOnce(ctx, db, senders(), *days, newLogger(stderr))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "新生成提醒 %d 条，已发送 %d 条。\n", made, sent)
	return nil
}
