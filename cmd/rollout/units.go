package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"rollout"
	"rollout/refdata"
	"rollout/sqldb"
)

// dbFlag adds the --db flag every command that opens the database shares.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", envOr("ROLLOUT_DB", ""), "database: file path, sqlite:PATH or postgres:// URL (env ROLLOUT_DB; default ./rollout.db)")
}

// newFlagSet returns a flag set that prints its usage line and defaults on
// error or --help.
func newFlagSet(name, usageLine string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usageLine)
		fs.PrintDefaults()
	}
	return fs
}

const unitsUsage = `用法: rollout units load|show|add|rename|move|retire [--db DSN] ...
  load                                   载入随程序发布的单位目录（已有的单位不变）
  show UNIT                              显示单位及其下级（UNIT 为名称、全称或代码）
  add --parent UNIT --kind KIND NAME     在 UNIT 下新增单位（KIND: department, city, county, ftz_area …）
  rename UNIT NEW_NAME                   改名，旧名作为别名保留
  move UNIT NEW_PARENT                   连同下级移到新的上级之下
  retire UNIT                            撤销单位（保留其任务和历史）
  rename、move、retire 可加 --at-version N：单位须仍为您读到的第 N 版（units show 显示），否则不作改动`

func cmdUnits(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"units 需要子命令\n" + unitsUsage}
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("units "+sub, unitsUsage, stderr)
	dsn := dbFlag(fs)
	parent := fs.String("parent", "", "add: the parent unit")
	kind := fs.String("kind", string(rollout.KindDepartment), "add: the unit's kind")
	full := fs.String("full-name", "", "add: the unit's full name")
	atVersion := fs.Int64("at-version", 0, "rename, move, retire: the version of the unit as you read it (units show); 0: as read now")
	a, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	want := map[string]int{"load": 0, "show": 1, "add": 1, "rename": 2, "move": 2, "retire": 1}
	n, ok := want[sub]
	if !ok {
		return usageError{fmt.Sprintf("未知的 units 子命令 %q\n%s", sub, unitsUsage)}
	}
	if len(a) != n {
		return usageError{fmt.Sprintf("units %s 需要 %d 个参数\n%s", sub, n, unitsUsage)}
	}
	open := openExisting // only load makes a database
	if sub == "load" {
		open = sqldb.Open
	}
	db, err := open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	switch sub {
	case "load":
		specs, err := refdata.Units()
		if err != nil {
			return err
		}
		added, err := db.LoadUnits(ctx, specs)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "单位目录：新增 %d 个，已有 %d 个（共 %d 个参考单位）。\n", added, len(specs)-added, len(specs))
		return nil
	case "show":
		u, err := db.UnitByName(ctx, a[0])
		if err != nil {
			return err
		}
		kids, err := db.UnitChildren(ctx, u.ID)
		if err != nil {
			return err
		}
		printUnit(stdout, u)
		for _, k := range kids {
			fmt.Fprintf(stdout, "  └ %s\n", unitLine(k))
		}
		return nil
	case "add":
		p, err := db.UnitByName(ctx, *parent)
		if err != nil {
			return fmt.Errorf("--parent: %w", err)
		}
		u := &rollout.Unit{Name: a[0], FullName: *full, Kind: rollout.UnitKind(*kind), ParentID: p.ID}
		if err := db.CreateUnit(ctx, u); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "已新增：%s（上级：%s）\n", unitLine(u), p.Name)
		return nil
	}
	u, err := db.UnitByName(ctx, a[0])
	if err != nil {
		return err
	}
	version := u.Version
	if *atVersion != 0 {
		version = *atVersion
	}
	switch sub {
	case "rename":
		err = db.RenameUnit(ctx, u.ID, version, a[1])
	case "move":
		var p *rollout.Unit
		if p, err = db.UnitByName(ctx, a[1]); err == nil {
			err = db.MoveUnit(ctx, u.ID, version, p.ID)
		}
	case "retire":
		err = db.RetireUnit(ctx, u.ID, version)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "已完成：units %s %s\n", sub, strings.Join(a, " "))
	return nil
}

func unitLine(u *rollout.Unit) string {
	s := u.Name
	if u.Code != "" {
		s += "（" + u.Code + "）"
	}
	s += " " + string(u.Kind)
	if u.Retired() {
		s += " 已撤销"
	}
	return s
}

func printUnit(w io.Writer, u *rollout.Unit) {
	fmt.Fprintln(w, unitLine(u))
	if u.FullName != "" {
		fmt.Fprintln(w, "  全称:", u.FullName)
	}
	if len(u.Aliases) > 0 {
		fmt.Fprintln(w, "  别名:", strings.Join(u.Aliases, "、"))
	}
	fmt.Fprintln(w, "  版本:", u.Version)
}

// parseArgs parses flags that may stand before, between or after the positional
// arguments (rollout import FILE --db x), and returns the positional ones. "--"
// ends the flags.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseNoArgs parses flags of a command that takes no positional arguments.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	rest, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("%s 不接受参数 %q", fs.Name(), rest)}
	}
	return nil
}

// badArgs turns a flag parsing error into a usage error; --help stays itself so
// that run exits 0 after the usage was printed.
func badArgs(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError{err.Error()}
}
