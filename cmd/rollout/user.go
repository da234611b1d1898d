package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"os/user"
	"strings"

	"rollout"
	"rollout/sqldb"
)

const userUsage = `用法: rollout user add|passwd|disable|enable|unlock|list [--db DSN] ...
  add --unit UNIT --role ROLE [--name 显示名] [--email 邮箱] USERNAME   新建账号；密码从标准输入读取（一行）
  passwd USERNAME                                       修改密码；新密码从标准输入读取，并结束其全部会话、撤销其全部令牌
  disable USERNAME / enable USERNAME                    停用（结束其全部会话、撤销其全部令牌）/ 启用账号
  unlock USERNAME                                       解除该账号在各地址的登录限制（密码不变）
  list                                                  列出账号
ROLE: viewer, reporter, reviewer, coordinator, administrator, evaluator`

// cliContext marks work done from the command line in the audit trail: the
// actor is the operating-system account that ran the command.
func cliContext(ctx context.Context) context.Context {
	name := "unknown"
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	return rollout.WithActor(ctx, &rollout.User{Username: "cli:" + name})
}

func cmdUser(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"user 需要子命令\n" + userUsage}
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("user "+sub, userUsage, stderr)
	dsn := dbFlag(fs)
	unit := fs.String("unit", "", "add: the unit the account belongs to (name, full name or code)")
	role := fs.String("role", "", "add: the role held at that unit")
	display := fs.String("name", "", "add: the name shown for the account")
	email := fs.String("email", "", "add: the e-mail address reminders go to")
	a, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	want := map[string]int{"add": 1, "passwd": 1, "disable": 1, "enable": 1, "unlock": 1, "list": 0}
	n, ok := want[sub]
	if !ok {
		return usageError{fmt.Sprintf("未知的 user 子命令 %q\n%s", sub, userUsage)}
	}
	if len(a) != n {
		return usageError{fmt.Sprintf("user %s 需要 %d 个参数\n%s", sub, n, userUsage)}
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx = cliContext(ctx)
	switch sub {
	case "list":
		us, err := db.Users(ctx)
		if err != nil {
			return err
		}
		for _, u := range us {
			var gs []string
			for _, g := range u.Grants {
				gs = append(gs, g.UnitName+":"+string(g.Role))
			}
			state := ""
			if u.Disabled {
				state = " （已停用）"
			}
			fmt.Fprintf(stdout, "%-20s %-12s %s%s\n", u.Username, u.DisplayName, strings.Join(gs, "、"), state)
		}
		return nil
	case "add":
		if *unit == "" || *role == "" {
			return usageError{"user add 需要 --unit 和有效的 --role\n" + userUsage}
		}
		un, err := db.UnitByName(ctx, *unit)
		if err != nil {
			return fmt.Errorf("--unit: %w", err)
		}
		pw, err := readPassword(stdin)
		if err != nil {
			return err
		}
		u := &rollout.User{Username: a[0], DisplayName: *display, Email: *email,
			Grants: []rollout.Grant{{UnitID: un.ID, Role: rollout.Role(*role)}}}
		if err := db.CreateUser(ctx, u, pw); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "已新建账号 %s：%s %s。\n", u.Username, un.Name, *role)
		return nil
	}
	u, err := db.UserByName(ctx, a[0])
	if err != nil {
		return err
	}
	switch sub {
	case "passwd":
		pw, err := readPassword(stdin)
		if err != nil {
			return err
		}
		if err := db.SetPassword(ctx, u.ID, pw); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "已修改 %s 的密码，并结束其全部会话、撤销其全部令牌。\n", u.Username)
	case "disable", "enable":
		if err := db.SetDisabled(ctx, u.ID, u.Version, sub == "disable"); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "已%s账号 %s。\n", map[string]string{"disable": "停用", "enable": "启用"}[sub], u.Username)
	case "unlock":
		lifted, err := db.Unlock(ctx, u.ID)
		if err != nil {
			return err
		}
		if !lifted {
			fmt.Fprintf(stdout, "账号 %s 没有登录限制，无需解除。\n", u.Username)
			return nil
		}
		fmt.Fprintf(stdout, "已解除账号 %s 的登录限制：可从任何地址用原密码登录。\n", u.Username)
	}
	return nil
}

// readPassword reads one line from standard input: the password, never an
// argument (arguments show in process lists and shell history).
func readPassword(stdin io.Reader) (string, error) {
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", rollout.E(rollout.EINVALID, "err.user.password_stdin")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// ensureAdmin creates the first administrator on a database without accounts:
// at the root of the unit tree, with the password from ROLLOUT_ADMIN_PASSWORD or
// a generated one printed once. No default password exists.
func ensureAdmin(ctx context.Context, db *sqldb.DB, stdout io.Writer) error {
	us, err := db.Users(ctx)
	if err != nil || len(us) > 0 {
		return err
	}
	root, err := db.RootUnit(ctx)
	if err != nil {
		return err
	}
	pw, generated := os.Getenv("ROLLOUT_ADMIN_PASSWORD"), false
	if pw == "" {
		pw, generated = generatePassword(), true
	}
	admin := &rollout.User{Username: "admin", DisplayName: "系统管理员",
		Grants: []rollout.Grant{{UnitID: root.ID, Role: rollout.RoleAdmin}}}
	err = db.CreateUser(rollout.WithActor(ctx, &rollout.User{Username: "system"}), admin, pw)
	if rollout.ErrorCode(err) == rollout.ECONFLICT {
		return nil // another server, starting at the same time, created it
	}
	if err != nil {
		return fmt.Errorf("create the first administrator: %w", err)
	}
	if generated {
		fmt.Fprintf(stdout, "已创建管理员账号 admin，一次性密码：%s\n请登录后立即修改（此密码不会再次显示）。\n", pw)
	} else {
		fmt.Fprintln(stdout, "已创建管理员账号 admin（密码取自 ROLLOUT_ADMIN_PASSWORD）。")
	}
	return nil
}

// generatePassword returns a random password of about 130 bits that meets the
// policy: three groups of crypto/rand.Text, one of them in lower case.
func generatePassword() string {
	for {
		t := rand.Text()
		pw := t[:8] + "-" + strings.ToLower(t[8:16]) + "-" + t[16:]
		if rollout.CheckPassword("admin", pw) == nil {
			return pw
		}
	}
}
