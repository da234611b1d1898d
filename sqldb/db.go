// Package sqldb is rollout's one storage adapter. The same SQL text runs on the
// embedded SQLite (modernc.org/sqlite, pure Go) and on PostgreSQL (pgx); the few
// differences between the two live in the dialect value below. DDL is kept per
// dialect under migrations/, with the same numbers.
package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	_ "modernc.org/sqlite"             // registers "sqlite"

	"rollout"
)

// DefaultPath is the SQLite file used when no DSN is given.
const DefaultPath = "rollout.db"

// sqlitePragmas are applied to every SQLite connection: wait for locks instead of
// failing, write-ahead log, enforced foreign keys, and BEGIN IMMEDIATE so that a
// writing transaction takes the write lock at its start (no upgrade deadlocks).
// Checkpoints of the log are not made by the commit that fills it
// (wal_autocheckpoint(0)): a goroutine makes a passive one every
// checkpointEvery from its own connection (checkpoint.go).
const sqlitePragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=wal_autocheckpoint(0)&_txlock=immediate"

// dialect is everything that differs between the two databases, in one place.
type dialect struct {
	name string // "sqlite" or "postgres"
	// timeArg converts a timestamp to the value the driver stores: SQLite keeps
	// UTC text that sorts as time does, PostgreSQL a TIMESTAMPTZ.
	timeArg func(time.Time) any
}

var (
	sqliteDialect = dialect{name: "sqlite", timeArg: func(t time.Time) any {
		return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
	}}
	postgresDialect = dialect{name: "postgres", timeArg: func(t time.Time) any { return t.UTC() }}
)

// DB is the storage. It implements rollout.CatalogService, UnitService,
// TaskService, UserService, AuditService and ReportService.
type DB struct {
	db      *sql.DB
	dialect dialect
	// Now gives the time of a transaction; tests may replace it.
	Now func() time.Time
	// Password is the cost of new password hashes, DefaultPasswordParams unless
	// a test sets cheaper ones before use.
	Password PasswordParams
	// hashSlots lets one password hash run per core at a time.
	hashSlots chan struct{}
	// dummy is a hash checked for unknown user names, so that they take as long
	// to refuse as a wrong password.
	dummy struct {
		sync.Mutex
		params PasswordParams
		hash   string
	}
	// auditKeys key the audit trail's MACs (auditkey.go, keyring.go), the
	// last for new entries; none when the database has no key file.
	keyMu           sync.Mutex
	auditKeys       []ringKey
	auditKeyFile    string
	auditKeyCreated bool
	// crypto is CryptoStandard or CryptoGM; under CryptoGM stored files are
	// sealed with the last of fileKeys (filecrypt.go).
	crypto         string
	fileKeys       []ringKey
	fileKeyFile    string
	fileKeyCreated bool
	// stmts holds the statements prepared once and reused by every
	// transaction on SQLite (stmtcache.go).
	stmts stmtCache
	// writer lets one writing transaction of this process at a time into
	// SQLite (nil on PostgreSQL). SQLite has one writer anyway; waiting here,
	// in line, instead of in SQLite's busy handler (which polls with sleeps
	// of up to 100 ms) keeps the wait of concurrent saves short and fair.
	writer chan struct{}
	// noBulk makes SaveReports write row by row (tests compare the two paths).
	noBulk bool
	// saves are the report saves waiting to be written together (group.go);
	// noGroup writes each alone.
	saves     []saveQueue
	savesOnce sync.Once
	// onDecided, when set (tests), runs in a group's transaction after a
	// set's decisions and before its writes.
	onDecided func()
	noGroup   bool
	// checkpoints stops the background checkpoints (SQLite; checkpoint.go).
	checkpoints struct {
		stop chan struct{}
		done chan struct{}
		once sync.Once
	}
}

var _ rollout.CatalogService = (*DB)(nil)

// Open connects to the database named by dsn and brings its schema up to date.
// dsn is empty (./rollout.db), a file path, "sqlite:PATH", or a "postgres://" or
// "postgresql://" URL. An SQLite file that does not exist is created, with
// its audit key file beside it (Options).
func Open(ctx context.Context, dsn string) (*DB, error) {
	return OpenWith(ctx, dsn, Options{})
}

// OpenWith is Open with settings: a database that must exist, an unmigrated
// schema, the audit key.
func OpenWith(ctx context.Context, dsn string, o Options) (*DB, error) {
	driver, source, d, err := parseDSN(dsn)
	if err != nil {
		return nil, err
	}
	path := dbPath(dsn)
	if o.MustExist && d.name == "sqlite" {
		if path == "" {
			return nil, rollout.E(rollout.EINVALID, "err.ops.no_database", dsn)
		}
		if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
			return nil, rollout.E(rollout.EINVALID, "err.ops.no_database", path)
		}
	}
	db, err := connect(ctx, driver, source, d)
	if err != nil {
		return nil, err
	}
	switch {
	case len(o.AuditKey) > 0:
		db.auditKeys = []ringKey{newRingKey(AlgHMACSHA256, o.AuditKey)}
	default:
		if kp := auditKeyPath(o, d, path); kp != "" {
			db.auditKeyFile = kp
			if db.auditKeys, db.auditKeyCreated, err = loadKeys(kp, o.macAlg(), true); err != nil {
				db.Close()
				return nil, err
			}
			if db.auditKeys == nil {
				db.auditKeyFile = ""
			}
		}
	}
	if err := db.setCrypto(o, d, path); err != nil {
		db.Close()
		return nil, err
	}
	if o.Unmigrated {
		db.dropStrayKey(ctx) // a schema without the trail or its MACs has nothing to say
		return db, nil
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.dropStrayKey(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.optimize(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// dropStrayKey undoes the making of a key file when the trail is already
// keyed: a key just made cannot be the one the trail was written with (a
// restored copy opened without its key). No wrong key is left behind, and
// the database goes on without one, so that reads work while writes and
// verify say which setting is missing.
func (db *DB) dropStrayKey(ctx context.Context) error {
	if !db.auditKeyCreated {
		return nil
	}
	h, err := db.AuditHeadNow(ctx)
	if err != nil {
		return err
	}
	if h.MAC != "" {
		os.Remove(db.auditKeyFile)
		db.auditKeys, db.auditKeyFile, db.auditKeyCreated = nil, "", false
	}
	return nil
}

// optimize gives SQLite's query planner the statistics it needs to pick the
// narrow index (the national matrix reads the first-level tasks through
// tasks_first_level, not every task of an item through tasks_item): a
// database never analysed is analysed, sampling at most analysisLimit rows
// per index (milliseconds even at national scale); afterwards PRAGMA optimize
// refreshes the statistics of tables that have grown since. PostgreSQL keeps
// its own statistics (autovacuum).
func (db *DB) optimize(ctx context.Context) error {
	if db.dialect.name != "sqlite" {
		return nil
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'`).Scan(&n); err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	stmt := "PRAGMA optimize=0x10002"
	if n == 0 {
		stmt = "ANALYZE"
	}
	for _, q := range []string{fmt.Sprintf("PRAGMA analysis_limit=%d", analysisLimit), stmt} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("optimize: %s: %w", q, err)
		}
	}
	return nil
}

// analysisLimit bounds the rows SQLite's ANALYZE samples per index.
const analysisLimit = 1000

// Analyze refreshes the planner's statistics of every table, after a bulk
// load (rollout gen).
func (db *DB) Analyze(ctx context.Context) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if db.dialect.name == "sqlite" {
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA analysis_limit=%d", analysisLimit)); err != nil {
			return fmt.Errorf("analyze: %w", err)
		}
	}
	if _, err := conn.ExecContext(ctx, "ANALYZE"); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	return nil
}

// OpenUnmigrated connects to the database named by dsn as Open does, and
// leaves its schema as it is: for rollout migrate, and for a read-only server
// on a standby replica, which cannot write.
func OpenUnmigrated(ctx context.Context, dsn string) (*DB, error) {
	return OpenWith(ctx, dsn, Options{Unmigrated: true})
}

func connect(ctx context.Context, driver, source string, d dialect) (*DB, error) {
	sqlDB, err := sql.Open(driver, source)
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", d.name, err)
	}
	db := &DB{db: sqlDB, dialect: d, Now: time.Now, Password: DefaultPasswordParams,
		hashSlots: make(chan struct{}, runtime.NumCPU())}
	if d.name == "sqlite" {
		// One writer at a time is what SQLite does anyway; a small pool keeps readers
		// concurrent under WAL without piling up connections that wait for the lock.
		sqlDB.SetMaxOpenConns(4)
		sqlDB.SetMaxIdleConns(4) // kept open: each holds its prepared statements
		db.writer = make(chan struct{}, 1)
	} else {
		sqlDB.SetMaxOpenConns(16)
		sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("connect to %s database: %w", d.name, err)
	}
	if d.name == "sqlite" {
		db.startCheckpoints()
	}
	return db, nil
}

func parseDSN(dsn string) (driver, source string, d dialect, err error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		if _, perr := url.Parse(dsn); perr != nil {
			return "", "", d, rollout.E(rollout.EINVALID, "err.ops.bad_postgres_url", perr.Error())
		}
		return "pgx", dsn, postgresDialect, nil
	case strings.HasPrefix(dsn, "sqlite:"):
		dsn = strings.TrimPrefix(dsn, "sqlite:")
	case strings.Contains(dsn, "://"):
		return "", "", d, rollout.E(rollout.EINVALID, "err.ops.bad_dsn", dsn)
	}
	if dsn == "" {
		dsn = DefaultPath
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return "sqlite", "file:" + dsn + sep + sqlitePragmas, sqliteDialect, nil
}

// openRaw opens an SQLite file without migrating it, for checks.
func openRaw(source string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", source)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", source, err)
	}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	db.stopCheckpoints()
	db.closeStmts()
	return db.db.Close()
}

// Dialect returns "sqlite" or "postgres".
func (db *DB) Dialect() string { return db.dialect.name }

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error { return db.db.PingContext(ctx) }

// tx is a transaction with the time fixed once for all of its writes, and
// the audit entries of its changes, appended to the trail when it commits.
type tx struct {
	*sql.Tx
	db  *DB
	now time.Time
	// ctx is the context the transaction was begun with (and is bound to);
	// Commit uses it to append the pending audit entries.
	ctx     context.Context
	pending []rollout.AuditEntry
	// stmts are the cached statements bound to this transaction (stmtcache.go).
	stmts map[string]*sql.Stmt
	// release gives back the writer's turn (SQLite), once; nil otherwise.
	release func()
	// bulk collects what a bulk write appends at its end (bulk.go); nil for
	// a single write.
	bulk *bulkWrite
}

// begin starts a transaction; the caller must Rollback (a no-op after Commit).
// The transaction's time counts to the microsecond, which both databases store
// exactly. A read-only transaction on SQLite is a deferred BEGIN, a snapshot
// of the write-ahead log that takes no write lock (a writing one is BEGIN
// IMMEDIATE, sqlitePragmas), so reads never wait for writers.
func (db *DB) begin(ctx context.Context, readOnly bool) (*tx, error) {
	var release func()
	if !readOnly && db.writer != nil {
		select {
		case db.writer <- struct{}{}:
		case <-ctx.Done():
			return nil, fmt.Errorf("begin transaction: %w", ctx.Err())
		}
		var once sync.Once
		release = func() { once.Do(func() { <-db.writer }) }
	}
	t, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: readOnly})
	if err != nil {
		if release != nil {
			release()
		}
		return nil, fmt.Errorf("begin transaction: %w", err)
	}
	return &tx{Tx: t, db: db, now: db.now(), ctx: ctx, release: release}, nil
}

// Rollback ends the transaction without its changes (a no-op after Commit).
func (tx *tx) Rollback() error {
	err := tx.Tx.Rollback()
	if tx.release != nil {
		tx.release()
	}
	return err
}

// read runs fn in a read-only transaction (one snapshot of the data) and
// returns what fn returns.
func read[T any](ctx context.Context, db *DB, fn func(*tx) (T, error)) (T, error) {
	var zero T
	tx, err := db.begin(ctx, true)
	if err != nil {
		return zero, err
	}
	defer tx.Rollback()
	v, err := fn(tx)
	if err != nil {
		return zero, err
	}
	return v, tx.Commit()
}

// each runs query and, for every row, scans it into dst and calls fn; dst is
// the same for every row, so fn copies what it keeps.
func (tx *tx) each(ctx context.Context, query string, dst []any, fn func(), args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("query %.40s…: %w", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(dst...); err != nil {
			return fmt.Errorf("query %.40s…: %w", query, err)
		}
		fn()
	}
	return rows.Err()
}

// now is the current time, in UTC, to the microsecond.
func (db *DB) now() time.Time { return db.Now().UTC().Truncate(time.Microsecond) }

// Commit appends the transaction's audit entries to the trail, then commits:
// a change and its entries are stored together or not at all.
func (tx *tx) Commit() error {
	if err := tx.appendAudit(); err != nil {
		return err
	}
	err := tx.Tx.Commit()
	if tx.release != nil {
		tx.release()
	}
	return err
}

// timeValue scans a timestamp or date stored by either dialect.
type timeValue struct{ t *time.Time }

func (v timeValue) Scan(src any) error {
	switch s := src.(type) {
	case time.Time:
		*v.t = s.UTC()
		return nil
	case string:
		return v.parse(s)
	case []byte:
		return v.parse(string(s))
	case nil:
		*v.t = time.Time{}
		return nil
	}
	return fmt.Errorf("cannot scan %T into a time", src)
}

func (v timeValue) parse(s string) error {
	for _, layout := range []string{time.RFC3339Nano, time.DateOnly, "2006-01-02 15:04:05.999999999-07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			*v.t = t.UTC()
			return nil
		}
	}
	return fmt.Errorf("cannot parse time %q", s)
}

// nullTime scans a nullable timestamp: nil when NULL.
type nullTime struct{ t **time.Time }

func (v nullTime) Scan(src any) error {
	if src == nil {
		*v.t = nil
		return nil
	}
	var t time.Time
	if err := (timeValue{&t}).Scan(src); err != nil {
		return err
	}
	*v.t = &t
	return nil
}

// isUniqueViolation reports whether err is a unique-constraint failure, by
// SQLSTATE 23505 on PostgreSQL and extended code 2067 (or primary key 1555) on SQLite.
func isUniqueViolation(err error) bool {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		c := coded.Code()
		return c == 2067 || c == 1555
	}
	var pg interface{ SQLState() string }
	if errors.As(err, &pg) {
		return pg.SQLState() == "23505"
	}
	return false
}
