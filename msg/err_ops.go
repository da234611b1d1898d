package msg

// refusalsOps are the refusals of audit, backups and operating the server.
var refusalsOps = map[string]message{
	"err.ops.no_notification": {"没有编号为 %d 的提醒。", "There is no reminder %d."},
	"err.ops.gen_scale":       {"规模“%s”无效：应为 province、city 或 county。", "Scale %q is not valid: it must be province, city or county."},
	"err.ops.gen_not_empty":   {"数据库中已有生成的数据（%s）；gen 只填充新数据库，请换一个空库。", "The database already holds generated data (%s); gen fills a new database only, so use an empty one."},
	// Opening the database.
	"err.ops.no_database": {
		"数据库 %s 不存在：请检查 --db 或 ROLLOUT_DB（只有 serve、migrate、units load、import、gen 会新建数据库）。",
		"The database %s does not exist: check --db or ROLLOUT_DB (only serve, migrate, units load, import and gen create a database).",
	},
	"err.ops.bad_postgres_url": {"PostgreSQL 连接串无法解析：%s", "The PostgreSQL connection string cannot be read: %s"},
	"err.ops.bad_dsn": {
		"不支持的数据库地址 %q：请使用文件路径、sqlite:路径 或 postgres:// 连接串。",
		"Unsupported database address %q: give a file path, sqlite:PATH or a postgres:// URL.",
	},
	"err.ops.bad_audit_key": {
		"审计密钥文件 %s 无法读取：应为一行十六进制密钥（至少 16 字节）。",
		"The audit key file %s cannot be read: it should hold one line of hexadecimal key (at least 16 bytes).",
	},

	// Backups and restores.
	"err.ops.backup_postgres": {"PostgreSQL 请用 pg_dump 备份（见 docs/operations.md）。", "Back up PostgreSQL with pg_dump (see docs/operations.md)."},
	"err.ops.backup_exists": {
		"备份文件 %s 已存在：请换一个文件名，不会覆盖已有文件。",
		"The backup file %s already exists: choose another name; an existing file is never overwritten.",
	},
	"err.ops.backup_missing": {"找不到备份文件 %s。", "Backup file %s not found."},
	"err.ops.backup_damaged": {"%s 不是完好的 SQLite 数据库（%s）。", "%s is not an intact SQLite database (%s)."},
	"err.ops.backup_not_rollout": {
		"%s 不是 rollout 的数据库（没有迁移记录）。",
		"%s is not a rollout database (it has no migration records).",
	},
	"err.ops.restore_exists": {
		"%s 已存在：恢复会替换它；确认请加 --force（请先停止服务）。",
		"%s exists: restoring replaces it; add --force to confirm (stop the server first).",
	},
	"err.ops.restore_in_use": {
		"%s 正被运行中的服务使用：请先停止服务再恢复（否则服务会继续写入被替换的文件，这些写入在重启后丢失）。",
		"%s is in use by a running server: stop the server before restoring (it would go on writing to the replaced file, and those writes would be lost at its restart).",
	},
	"err.ops.restore_running": {
		"%s 正在恢复中：请等恢复完成后再启动服务。",
		"%s is being restored: start the server once the restore has finished.",
	},
	"err.ops.restore_postgres": {
		"restore 只用于 SQLite；PostgreSQL 请用 pg_restore（见 docs/operations.md）。",
		"restore is for SQLite only; restore PostgreSQL with pg_restore (see docs/operations.md).",
	},

	// The audit trail.
	"err.audit.no_action": {"审计记录须注明操作。", "An audit entry must name its action."},
	"err.audit.key_missing": {
		"审计链已由密钥保护，但找不到密钥文件：请用 %s 指明密钥文件。",
		"The audit trail is keyed, but its key file is not found: name the key file with %s.",
	},
	"err.audit.key_mismatch": {
		"审计密钥文件 %s 与审计链不符（第 %d 号记录的 MAC 不对）：请使用写入审计链时的密钥文件，或先运行 rollout audit verify。",
		"The audit key file %s does not match the trail (the MAC of entry %d differs): use the key the trail was written with, or run rollout audit verify first.",
	},
	"err.audit.bad_head": {
		"无法识别审计链头 %q：应为 rollout audit head 打印的“编号:MAC”。",
		"Audit head %q not understood: give NUMBER:MAC as rollout audit head prints it.",
	},
	"err.audit.broken": {
		"审计链在第 %d 号记录处断开：该记录或其前一条记录被改动或删除（已校验 %d 条）",
		"The audit chain breaks at entry %d: that entry or the one before it was changed or removed (%d checked)",
	},
	"err.audit.mac_broken": {
		"审计链在第 %d 号记录处的 MAC 不符：该记录或其前面的记录被改动、删除或重算过哈希（已校验 %d 条）",
		"The MAC of audit entry %d does not hold: that entry or one before it was changed, removed or had its hashes recomputed (%d checked)",
	},
	"err.audit.stripped": {
		"审计链没有任何 MAC，而本数据库有审计密钥（%s）：MAC 被整体抹去后重算了哈希（已校验 %d 条）",
		"The audit trail carries no MAC although the database has an audit key (%s): its MACs were stripped and its hashes recomputed (%d checked)",
	},
	"err.audit.head_lost": {
		"审计链中第 %d 号记录已不是保存时的样子（链被截断或改写；现在最新为第 %d 号，已校验 %d 条）",
		"Audit entry %d is no longer in the chain as it was (the trail was cut or rewritten; the newest is now %d, %d checked)",
	},
	"err.audit.empty": {"审计链为空：没有可打印的链头", "The audit trail is empty: there is no head to print"},
	"err.audit.head_unkeyed": {
		"最新一条审计记录（第 %d 号）没有 MAC：请配置审计密钥（%s）",
		"The newest audit entry (%d) has no MAC: configure the audit key (%s)",
	},

	// Text that is not text (web/text.go).
	"err.ops.bad_text_path": {
		"请求路径含有空字符（NUL）或不是有效的 UTF-8 文本。",
		"The request's path contains a NUL character or is not valid UTF-8 text.",
	},
	"err.ops.bad_text_query": {
		"查询参数 %s 含有空字符（NUL）或不是有效的 UTF-8 文本。",
		"The query parameter %s contains a NUL character or is not valid UTF-8 text.",
	},
	"err.ops.bad_text_form": {
		"表单字段 %s 含有空字符（NUL）或不是有效的 UTF-8 文本。",
		"The form field %s contains a NUL character or is not valid UTF-8 text.",
	},
	"err.ops.bad_crypto": {
		"密码设置“%s”无效：应为 standard（默认）或 gm（国密：审计链 HMAC-SM3，附件 SM4 加密）。",
		"The crypto setting %q is not valid: use standard (the default) or gm (国密: HMAC-SM3 audit trail, SM4-sealed files).",
	},
	"err.ops.crypto_audit_key": {
		"国密模式要求审计密钥为 HMAC-SM3 密钥，而 %s 中最新的密钥不是：请先运行 rollout audit rotate-key --crypto gm 添加一把 SM3 密钥。",
		"The 国密 option needs an HMAC-SM3 audit key, and the newest key in %s is not one: run rollout audit rotate-key --crypto gm first to add an SM3 key.",
	},
	"err.ops.no_file_key": {
		"国密模式需要附件加密密钥文件：请用环境变量 %s 指定其路径（首次启动时自动生成）。",
		"The 国密 option needs a file key file: name its path in the environment variable %s (the first start creates it).",
	},
	"err.ops.file_key_missing": {
		"附件由密钥 %s 加密，但密钥文件中没有这把密钥：请用 %s 指定保存有该密钥的文件。",
		"The file is sealed under the key %s, which the file key file does not hold: name the file that holds it in %s.",
	},
	"err.ops.bad_text_arg": {
		"命令行第 %d 个参数含有空字符（NUL）或不是有效的 UTF-8 文本：请改正后重试。",
		"Command-line argument %d contains a NUL character or is not valid UTF-8 text: correct it and try again.",
	},
	"err.ops.bad_text_json": {
		"JSON 请求体含有空字符（NUL，包括 \\u0000）、不成对的代理项转义或不是有效的 UTF-8 文本。",
		"The JSON body contains a NUL character (\\u0000 included), an unpaired surrogate escape, or is not valid UTF-8 text.",
	},

	"err.audit.bad_before": {"翻页位置“%s”无效：应为正整数的记录编号。", "Page position %q is not valid: it must be an entry number, a positive whole number."},

	// The command line of operations.
	"err.ops.check_differs": {"汇总数有 %d 处与原始记录不一致", "%d roll-up figures differ from the raw records"},
	"err.ops.schema_newer": {
		"数据库已由更新版本的程序迁移（版本 %s），请升级本程序。",
		"The database was migrated by a newer release (versions %s): upgrade this program.",
	},
	"err.ops.schema_pending":   {"有 %d 个迁移待执行：运行 rollout migrate。", "%d migrations are pending: run rollout migrate."},
	"err.ops.setting_bool":     {"应为 true 或 false，收到 %q", "expected true or false, got %q"},
	"err.ops.setting_int":      {"应为非负整数，收到 %q", "expected a whole number of at least 0, got %q"},
	"err.ops.setting_duration": {"应为时长，如 30s、1h，收到 %q", "expected a duration such as 30s or 1h, got %q"},
	"err.ops.setting_address":  {"%q 不是 IP 地址或网段（如 10.0.0.0/8）", "%q is not an IP address or network (such as 10.0.0.0/8)"},
	"err.ops.setting_network":  {"%q 不是网段（如 10.0.0.0/8、fd00::/8）", "%q is not a network (such as 10.0.0.0/8 or fd00::/8)"},
	"err.ops.setting_env":      {"环境变量 %s：%s", "environment variable %s: %s"},
	"err.ops.tls_pair":         {"--tls-cert 和 --tls-key 须同时给出", "--tls-cert and --tls-key go together"},
	"err.ops.log_format":       {"--log-format 应为 text 或 json，收到 %q", "--log-format must be text or json, got %q"},
	"err.ops.log_level":        {"--log-level 应为 debug、info、warn 或 error，收到 %q", "--log-level must be debug, info, warn or error, got %q"},
	"err.ops.audit_no_sub":     {"audit 需要子命令", "audit needs a subcommand"},
	"err.ops.audit_bad_sub":    {"未知的 audit 子命令 %q", "unknown audit subcommand %q"},
	"err.ops.backup_no_file":   {"backup 需要一个目标文件", "backup needs one target file"},
	"err.ops.restore_no_file":  {"restore 需要一个备份文件", "restore needs one backup file"},
}
