package sheet

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strconv"

	"rollout"
	"rollout/msg"
)

// The import of a filled-in template: one function for every entry point (the
// web's import page and API, rollout reports import), so that a file gives the
// same checks, the same stored rows — indicator values included — and the same
// problems wherever it is imported.

// ImportStore is what an import reads and writes: the storage (sqldb.DB), or
// the services the web is given.
type ImportStore interface {
	Tasks(ctx context.Context, f rollout.TaskFilter) ([]*rollout.Task, error)
	Report(ctx context.Context, taskID int64, period rollout.Period) (*rollout.Report, error)
	// Indicators are an item's indicators; none when the site keeps none.
	Indicators(ctx context.Context, itemID int64) ([]*rollout.Indicator, error)
	SaveReports(ctx context.Context, rs []*rollout.Report, submit bool) ([]*rollout.Report, error)
}

// Import is an import of a filled-in template, checked and (unless a dry run
// or refused) saved.
type Import struct {
	Unit   *rollout.Unit
	Period rollout.Period
	// Reports are the reports to save, in the sheet's order: rows that
	// change nothing (Unchanged) are left out.
	Reports   []*rollout.Report
	Unchanged int
	// Saved are the reports as stored; nil for a dry run or a refusal.
	Saved []*rollout.Report
	// Problems lists every cell and row refused, by row; nothing is saved
	// while there is any. Stale lists the tasks whose row was filled in on a
	// version of their report since replaced: a conflict.
	Problems []CellError
	Stale    []*rollout.Report // as stored now
	rowOf    map[int64]int
}

// ImportOptions are how an import is made: submitted for review or saved as
// drafts, and whether only checked.
type ImportOptions struct {
	Submit bool
	DryRun bool
}

// ImportTemplate imports filled, a template read by ReadTemplate, as unit u's
// reports. The file must be u's template (EINVALID otherwise); each row must
// be read without error; its task must be one of u's own; its version the one
// stored (a row filled in on a version since replaced is stale); its task's
// state must take a report (a task still assigned is acknowledged by the
// import); and the report it states must pass rollout.DecideReport — the same
// decision storage takes again when it saves. A row that is the same as the
// report stored — and, when submitting, one already submitted — is left as it
// is. The template shows a report's first local document only: the report's
// other evidence (attached files, other documents) is kept (MergeEvidence).
// Indicator values are saved as the row states them (a file without the
// indicator columns keeps those stored). A file that reports on nothing is
// EINVALID.
//
// When every row is right, the reports are saved together
// (ImportStore.SaveReports), unless opt.DryRun; a save that lost to another
// made since the check is a problem of its row, and stale. Problems are not
// errors: they are in the result, and nothing was saved. An error is a
// refusal of the file as a whole or a fault.
func ImportTemplate(ctx context.Context, st ImportStore, u *rollout.Unit, filled *Filled, opt ImportOptions) (*Import, error) {
	if !TemplateOf(filled, u) {
		return nil, rollout.E(rollout.EINVALID, "err.report.import_other", FileUnit(filled), u.Name)
	}
	own, err := st.Tasks(ctx, rollout.TaskFilter{UnitID: u.ID})
	if err != nil {
		return nil, err
	}
	mine := map[int64]*rollout.Task{}
	for _, t := range own {
		mine[t.ID] = t
	}
	indicators := map[int64][]*rollout.Indicator{}
	imp := &Import{Unit: u, Period: filled.Period, Problems: slices.Clone(filled.Errors), rowOf: map[int64]int{}}
	for _, row := range filled.Rows {
		fail := func(column string, key string, args ...any) {
			imp.Problems = append(imp.Problems, CellError{Row: row.Row, Column: column, Key: key, Args: args})
		}
		t := mine[row.TaskID]
		if t == nil {
			fail(columnTitle(colTask), "err.report.import_not_own", taskKey(row.TaskID), u.Name)
			continue
		}
		rep := row.Report
		rep.TaskID, rep.Period, rep.Version = t.ID, filled.Period, row.Version
		cur, err := st.Report(ctx, t.ID, filled.Period)
		switch {
		case rollout.ErrorCode(err) == rollout.ENOTFOUND:
			cur = nil
		case err != nil:
			return nil, err
		}
		switch {
		case cur == nil && row.Version != 0:
			fail(columnTitle(colVersion), "err.report.import_version", taskKey(t.ID), row.Version)
			continue
		case cur != nil && cur.Version != row.Version:
			imp.Problems = append(imp.Problems, staleProblem(row.Row, cur))
			imp.Stale = append(imp.Stale, cur)
			continue
		case cur != nil && SameAsStored(&rep, cur) && (cur.Submitted || !opt.Submit):
			imp.Unchanged++
			continue
		}
		if why := importLock(t.State); why != nil {
			fail(columnTitle(colTask), "err.report.import_locked", taskKey(t.ID), why)
			continue
		}
		rep.Evidence = MergeEvidence(rep.Evidence, cur)
		snap := rollout.ReportSnapshot{State: t.State, Stored: cur, ItemSeq: t.ItemSeq, Imported: true}
		if cur != nil {
			snap.Evidence = map[int64]rollout.Evidence{}
			for _, e := range cur.Evidence {
				snap.Evidence[e.ID] = e
			}
		}
		if rep.Values != nil {
			ins, ok := indicators[t.ItemID]
			if !ok {
				if ins, err = st.Indicators(ctx, t.ItemID); err != nil {
					return nil, err
				}
				indicators[t.ItemID] = ins
			}
			snap.Indicators = ins
		}
		if _, err := rollout.DecideReport(snap, &rep, opt.Submit); err != nil {
			var e *rollout.Error
			if !errors.As(err, &e) || e.Code == rollout.EINTERNAL {
				return nil, err
			}
			imp.Problems = append(imp.Problems, fieldProblem(row.Row, err, snap.Indicators))
			continue
		}
		imp.Reports = append(imp.Reports, &rep)
		imp.rowOf[t.ID] = row.Row
	}
	slices.SortStableFunc(imp.Problems, func(a, b CellError) int { return cmp.Compare(a.Row, b.Row) })
	if len(imp.Problems) == 0 && len(imp.Reports) == 0 && imp.Unchanged == 0 {
		return nil, rollout.E(rollout.EINVALID, "err.report.import_empty")
	}
	if len(imp.Problems) > 0 || opt.DryRun || len(imp.Reports) == 0 {
		return imp, nil
	}
	saved, err := st.SaveReports(ctx, imp.Reports, opt.Submit)
	var conflict *rollout.ReportConflict
	switch {
	case errors.As(err, &conflict) && conflict.Current != nil:
		cur := conflict.Current
		imp.Problems = []CellError{staleProblem(imp.rowOf[cur.TaskID], cur)}
		imp.Stale = []*rollout.Report{cur}
		return imp, nil
	case err != nil:
		return nil, err
	}
	imp.Saved = saved
	return imp, nil
}

// Conflict reports whether the import was refused for rows filled in on
// versions since replaced (Stale).
func (imp *Import) Conflict() bool { return len(imp.Stale) > 0 }

// StaleKeys are the tasks of Stale as the template writes them (T-000745).
func (imp *Import) StaleKeys() []string {
	out := make([]string, len(imp.Stale))
	for i, r := range imp.Stale {
		out[i] = taskKey(r.TaskID)
	}
	return out
}

// TemplateOf reports whether a template was made for unit u: by the unit ID
// its meta sheet names or, when the file lost it, by the unit code its rows
// carry.
func TemplateOf(f *Filled, u *rollout.Unit) bool {
	if f.UnitID != 0 {
		return f.UnitID == u.ID
	}
	return f.UnitCode != "" && f.UnitCode == u.Code
}

// FileUnit names the unit a template says it is for.
func FileUnit(f *Filled) string {
	return cmp.Or(f.UnitName, f.UnitCode, "#"+strconv.FormatInt(f.UnitID, 10))
}

// importLock says why a task in state st takes no report by import; nil when
// it does. A task still assigned does: the import acknowledges it first.
func importLock(st rollout.TaskState) error {
	if st == rollout.StateAssigned {
		st = rollout.StateAcknowledged
	}
	if _, err := st.Next(rollout.EventDraft); err == nil {
		return nil
	}
	if st == rollout.StateReported {
		return rollout.E(rollout.EINVALID, "err.report.locked_reported")
	}
	return rollout.E(rollout.EINVALID, "err.report.task_locked", st)
}

// staleProblem says that a row was filled in on a version of a report since
// replaced (or before there was one): the report is now cur. It says what the
// page and the API say of a stale save (rollout.ReportConflict).
func staleProblem(row int, cur *rollout.Report) CellError {
	by, at := cmp.Or(cur.UpdatedBy, "—"), "—"
	if !cur.UpdatedAt.IsZero() {
		at = cur.UpdatedAt.In(rollout.Beijing).Format("2006-01-02 15:04")
	}
	// The sentence of rollout.ReportConflict, as the page and the API say it.
	return CellError{Row: row, Column: columnTitle(colVersion), Key: "err.report.conflict",
		Args: []any{cur.Version, by, at}}
}

// fieldColumns are the columns of a report's fields.
var fieldColumns = map[rollout.ReportField]colKey{
	rollout.FieldStatus: colStatus, rollout.FieldMeasures: colMeasures, rollout.FieldProblemText: colProblemText,
	rollout.FieldVersion: colVersion, rollout.FieldEvidence: colDocTitle, rollout.FieldEvidenceTitle: colDocTitle,
	rollout.FieldEvidenceDocNo: colDocNo, rollout.FieldEvidenceLink: colDocLink,
}

// fieldProblem is a refusal of rollout.DecideReport as a problem of a row, in
// the column of the field it is about.
func fieldProblem(row int, err error, ins []*rollout.Indicator) CellError {
	p := cellMessage(CellError{Row: row}, err)
	var fe *rollout.ReportFieldError
	if errors.As(err, &fe) {
		if k, ok := fieldColumns[fe.Field]; ok {
			p.Column = columnTitle(k)
		}
		if fe.Field == rollout.FieldIndicator {
			p.Column = IndicatorIDsTitle
			if i := slices.IndexFunc(ins, func(in *rollout.Indicator) bool { return in.ID == fe.Index }); i >= 0 {
				p.Column = indicatorValueTitle(i + 1)
			}
		}
	}
	return p
}

// cellMessage is p saying err: the key and arguments of its *rollout.Error,
// or err's text as it is.
func cellMessage(p CellError, err error) CellError {
	var e *rollout.Error
	if errors.As(err, &e) {
		p.Key, p.Args = e.Key, e.Args
	} else {
		p.Key, p.Args = msg.Raw, []any{err.Error()}
	}
	return p
}

// columnTitle is the title of column k.
func columnTitle(k colKey) string { return columns[columnIndex(k)].title }
