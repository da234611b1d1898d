package web

// routes registers every route of the site. This is the one list: a route that is
// not here does not exist. Pages answer HTML (errors as pages); /api routes answer
// JSON (errors as JSON). docs/api.md and openapi.json describe the /api routes.
//
// Each handler asks rollout.Authorize (through Server.authorize) before it
// shows or changes anything; the comment on each group says what it asks.
// TestAuthorizationMatrix holds every route to its policy.
func (s *Server) routes() {
	// The catalogue, public: ActReadCatalog.
	s.page("GET /{$}", s.homePage)
	s.page("GET /batches/{n}", s.batchPage)
	s.page("GET /batches/{n}/source", s.batchSource)
	s.page("GET /items/{id}", s.itemPage)
	s.page("GET /search", s.searchPage)
	s.page("GET /glossary", s.glossary)
	s.asset("GET /static/{hash}/{file}", s.serveStatic)

	// Tasks: ActReadTasks at the unit (the tree: each task at its unit, with
	// the item's responsible units); ActDivide at the unit whose task is divided.
	s.page("GET /items/{id}/tree", s.itemTreePage)
	s.page("GET /units/{id}", s.unitPage)
	s.page("GET /units/{id}/tasks", s.inboxPage)
	s.page("POST /units/{id}/tasks/acknowledge", s.inboxAcknowledge)
	s.page("GET /tasks/{id}/divide", s.divideForm)
	s.page("POST /tasks/{id}/divide", s.divideSubmit)
	s.page("GET /units/{id}/reissue", s.reissueForm)
	s.page("POST /units/{id}/reissue", s.reissueUpload)
	s.page("POST /units/{id}/reissue/confirm", s.reissueConfirm)

	// The supervision loop: a task's page, its report and its files, the
	// overdue list: ActReadTasks at the task's unit (or for the item's
	// responsible units); a report's files and the report in the API:
	// ActReadReport, which also lets the evaluators of a round over the
	// task's unit, item and period read them. Acknowledging, asking that a task not apply and
	// filling in its report: ActReport at the task's unit. Accepting,
	// returning, closing and deciding a not-applicable request: ActReview at
	// the unit that gave the task (the level above). The reviewer's queue:
	// ActReview at the unit.
	s.page("GET /tasks/{id}", s.taskShow)
	s.page("POST /tasks/{id}/steps", s.taskStep)
	s.page("GET /tasks/{id}/report", s.reportForm)
	s.page("POST /tasks/{id}/report", s.reportSubmit)
	s.page("GET /evidence/{id}", s.evidenceFile)
	s.page("GET /units/{id}/reviews", s.reviewsPage)
	s.page("GET /units/{id}/overdue", s.overduePage)
	// 督办 and requests for a later deadline (urge.go): urging and deciding
	// a request, ActReview at the unit that gave the task; asking,
	// ActReport at the task's unit.
	s.page("POST /tasks/{id}/urge", s.taskUrge)
	s.page("POST /tasks/{id}/extensions", s.taskAskExtension)
	s.page("POST /tasks/{id}/extensions/{eid}", s.taskDecideExtension)
	// Notifications in the app (inbox.go): one's own, ActReadOwnSelf.
	s.page("GET /notifications", s.notificationsPage)
	s.page("POST /notifications/read", s.notificationsRead)

	// Spreadsheets: a unit's progress report template, downloaded and imported
	// back filled in: ActReport at the unit. The unit's tasks, the overdue
	// list and the reviewer's queue give their rows as a file with
	// ?format=xlsx|csv on their own routes, authorised as their pages.
	s.page("GET /units/{id}/template.xlsx", s.templateDownload)
	s.page("GET /units/{id}/import", s.importForm)
	s.page("POST /units/{id}/import", s.importSubmit)

	// Signing in and out: open to everyone.
	s.page("GET /signin", s.signinForm)
	s.page("POST /signin", s.signinSubmit)
	s.page("POST /signout", s.signout)

	// One's own account: ActReadOwnSelf (a sign-in).
	s.page("GET /account", s.accountPage)
	s.page("POST /account/password", s.accountPassword)
	s.page("POST /account/signout-all", s.accountSignoutAll)

	// Administration, system-wide: ActManageUsers, ActReadAudit.
	s.page("GET /admin/users", s.usersList)
	s.page("POST /admin/users", s.usersCreate)
	s.page("GET /admin/users/{id}", s.userShow)
	s.page("POST /admin/users/{id}/grants", s.userGrants)
	s.page("POST /admin/users/{id}/disabled", s.userDisabled)
	s.page("POST /admin/users/{id}/password", s.userPassword)
	s.page("POST /admin/users/{id}/unlock", s.userUnlock)
	s.page("POST /admin/tokens/{id}/revoke", s.adminTokenRevoke)
	s.page("GET /admin/audit", s.auditList)
	s.api("GET /api/v1/audit", s.apiAudit)

	// JSON API: the catalogue, public.
	s.api("GET /api/openapi.json", s.apiOpenAPI)
	s.api("GET /api/v1/batches", s.apiBatches)
	s.api("GET /api/v1/batches/{n}", s.apiBatch)
	s.api("GET /api/v1/items", s.apiSearchItems)
	s.api("GET /api/v1/items/{id}", s.apiItem)

	// JSON API: tasks, as the pages.
	s.api("GET /api/v1/items/{id}/tasks", s.apiItemTasks)
	s.api("GET /api/v1/units/{id}", s.apiUnit)
	s.api("GET /api/v1/units/{id}/tasks", s.apiUnitTasks)
	s.api("GET /api/v1/tasks/{id}", s.apiTask)
	s.api("POST /api/v1/tasks/{id}/divisions", s.apiDivide)
	s.api("POST /api/v1/units/{id}/reissue", s.apiReissue)

	// JSON API: the supervision loop, as the pages.
	s.api("GET /api/v1/tasks/{id}/timeline", s.apiTaskTimeline)
	s.api("POST /api/v1/tasks/{id}/steps", s.apiTaskStep)
	s.api("POST /api/v1/tasks/acknowledgements", s.apiBulkAcknowledge)
	s.api("GET /api/v1/tasks/{id}/reports/{period}", s.apiTaskReport)
	s.api("PUT /api/v1/tasks/{id}/reports/{period}", s.apiPutReport)
	s.api("GET /api/v1/units/{id}/reviews", s.apiUnitReviews)
	s.api("GET /api/v1/units/{id}/overdue", s.apiUnitOverdue)
	// JSON API: 督办, requests for a later deadline and notifications, as the pages.
	s.api("POST /api/v1/tasks/{id}/urges", s.apiTaskUrge)
	s.api("GET /api/v1/tasks/{id}/extensions", s.apiTaskExtensions)
	s.api("POST /api/v1/tasks/{id}/extensions", s.apiTaskAskExtension)
	s.api("POST /api/v1/tasks/{id}/extensions/{eid}/decision", s.apiTaskDecideExtension)
	s.api("GET /api/v1/notifications", s.apiNotificationsList)
	s.api("POST /api/v1/notifications/read", s.apiNotificationsRead)

	// JSON API: spreadsheets, as the pages.
	s.api("GET /api/v1/units/{id}/template.xlsx", s.templateDownload)
	s.api("POST /api/v1/units/{id}/reports/import", s.apiImportReports)

	// JSON API: the session (signing in and out: open; who am I: a sign-in)
	// and one's own API tokens (a sign-in with a password, not a token).
	s.api("POST /api/v1/session", s.apiSignIn)
	s.api("GET /api/v1/session", s.apiSession)
	s.api("DELETE /api/v1/session", s.apiSignOut)
	s.api("POST /api/v1/tokens", s.apiCreateToken)
	s.api("GET /api/v1/tokens", s.apiTokens)
	s.api("DELETE /api/v1/tokens/{id}", s.apiRevokeToken)
	// Every account's tokens, for administrators: ActManageUsers.
	s.api("GET /api/v1/admin/tokens", s.apiAdminTokens)
	s.api("DELETE /api/v1/admin/tokens/{id}", s.apiAdminRevokeToken)

	// Operations: not role-based (ops.go). /healthz and /readyz are open;
	// /metrics is open to loopback, Config.MetricsAllow and the metrics
	// token, and 403 to everyone else.
	s.api("GET /healthz", s.healthz)
	s.api("GET /readyz", s.readyz)
	s.api("GET /metrics", s.metricsPage)
	// Evaluation rounds: opening one, assigning its evaluators and closing it:
	// ActManageRounds; the list shows the rounds ActReadRound allows; a round,
	// its scorecard, report and bulletin (?format=xlsx for the workbook):
	// ActReadRound with the round as target; scoring: ActEvaluate in the round.
	// What a round's unit reported (its reports, evidence and indicator values
	// for the round's period): ActReadRound, then ActReadReport for each
	// report, which opens them to the round's evaluators.
	s.page("GET /rounds", s.roundsList)
	s.page("GET /rounds/new", s.roundForm)
	s.page("POST /rounds", s.roundCreate)
	s.page("GET /rounds/{id}", s.roundShow)
	s.page("POST /rounds/{id}/evaluators", s.roundEvaluators)
	s.page("POST /rounds/{id}/close", s.roundClose)
	s.page("GET /rounds/{id}/score", s.scoreForm)
	s.page("POST /rounds/{id}/score", s.scoreSubmit)
	s.page("GET /rounds/{id}/scorecard", s.roundScorecard)
	s.page("GET /rounds/{id}/report", s.roundReport)
	s.page("GET /rounds/{id}/bulletin", s.roundBulletin)
	s.page("GET /rounds/{id}/units/{unit}", s.roundUnitShow)
	s.api("GET /api/v1/rounds", s.apiRoundsList)
	s.api("POST /api/v1/rounds", s.apiRoundCreate)
	s.api("GET /api/v1/rounds/{id}", s.apiRound)
	s.api("PUT /api/v1/rounds/{id}/evaluators", s.apiRoundEvaluators)
	s.api("POST /api/v1/rounds/{id}/close", s.apiRoundClose)
	s.api("GET /api/v1/rounds/{id}/scores", s.apiRoundScores)
	s.api("PUT /api/v1/rounds/{id}/scores", s.apiPutScores)
	s.api("GET /api/v1/rounds/{id}/scorecard", s.apiRoundScorecard)
	s.api("GET /api/v1/rounds/{id}/units/{unit}/reports", s.apiRoundUnitReports)

	// National picture: the map, the matrix and a task's drill-down, as pages
	// and JSON; each cell shown where ActReadTasks allows it at the cell's unit
	// (or for the item's responsible units), the drill-down ActReadTasks at the
	// task's unit. Indicators of items: read with the catalogue (public);
	// created, changed and deleted with ActManageRounds (the coordinator).
	s.page("GET /picture", s.picturePageHandler)
	s.page("GET /matrix", s.matrixPageHandler)
	s.page("GET /tasks/{id}/below", s.belowPageHandler)
	// Where an item is in force, for everyone (ActReadCatalog): the roll-ups'
	// statuses and coverage by unit, no reports, no names of people.
	s.page("GET /items/{id}/progress", s.progressPageHandler)
	s.page("GET /items/{id}/progress/{task}", s.progressPageHandler)
	s.page("GET /places/{id}", s.placePageHandler)
	s.page("POST /items/{id}/indicators", s.indicatorSubmit)
	s.api("GET /api/v1/matrix", s.apiMatrixHandler)
	s.api("GET /api/v1/tasks/{id}/below", s.apiBelowHandler)
	s.api("GET /api/v1/items/{id}/indicators", s.apiIndicators)
	s.api("POST /api/v1/items/{id}/indicators", s.apiCreateIndicator)
	s.api("PUT /api/v1/indicators/{id}", s.apiUpdateIndicator)
	s.api("DELETE /api/v1/indicators/{id}", s.apiDeleteIndicator)
	// Coordination: problems, approvals and legal changes, risks, links.
	// A problem is read (ActReadProblem) by the units on its route, exactly,
	// and handled (ActHandleProblem) by the units at its level; it is raised
	// (ActRaiseProblem) on a task by the task's unit, which also sends it again
	// after a return; marking it major, the response times, every problem, the
	// high risks and the review of links are the coordinator's
	// (ActCoordinate); the State Council's view is ActReadProblem at the root.
	// Registers: read as the task is (a task's) or by anyone who reads tasks
	// (an item's); kept (ActRegister) by the task's unit or the item's
	// responsible units. The domain page is public (ActReadCatalog).
	s.page("GET /problems", s.problemsList)
	s.page("GET /problems/{id}", s.problemShow)
	s.page("POST /problems/{id}/steps", s.problemStep)
	s.page("GET /problem-files/{id}", s.problemFile)
	s.page("GET /tasks/{id}/coordination", s.taskCoordShow)
	s.page("POST /tasks/{id}/problems", s.raiseProblem)
	s.page("POST /tasks/{id}/approvals", s.registerPost(false, true))
	s.page("POST /tasks/{id}/risks", s.registerPost(true, true))
	s.page("POST /items/{id}/approvals", s.registerPost(false, false))
	s.page("POST /items/{id}/risks", s.registerPost(true, false))
	s.page("GET /coordination", s.coordShow)
	s.page("POST /coordination/response-days", s.coordSetDays)
	s.page("GET /coordination/links", s.linksShow)
	s.page("POST /coordination/links", s.linkAdd)
	s.page("POST /coordination/links/{id}", s.linkDecide)
	s.page("GET /domains/{name}", s.domainShow)
	s.api("GET /api/v1/problems", s.apiProblems)
	s.api("POST /api/v1/problems", s.apiRaiseProblem)
	s.api("GET /api/v1/problems/counts", s.apiProblemCounts)
	s.api("GET /api/v1/problems/{id}", s.apiProblemShow)
	s.api("POST /api/v1/problems/{id}/steps", s.apiProblemStep)
	s.api("GET /api/v1/coordination/response-days", s.apiResponseDays)
	s.api("PUT /api/v1/coordination/response-days", s.apiSetResponseDays)
	s.api("GET /api/v1/tasks/{id}/coordination", s.apiTaskCoordination)
	s.api("GET /api/v1/items/{id}/coordination", s.apiItemCoordination)
	s.api("POST /api/v1/approvals", s.apiSaveApproval)
	s.api("GET /api/v1/approvals/counts", s.apiApprovalCounts)
	s.api("POST /api/v1/risks", s.apiSaveRisk)
	s.api("GET /api/v1/risks", s.apiRisks)
	s.api("GET /api/v1/links", s.apiLinks)
	s.api("POST /api/v1/links/{id}/decision", s.apiLinkDecide)
	s.api("GET /api/v1/domains/{name}", s.apiDomain)

	// Notice intake (journey 1): reading and storing a notice: ActImport;
	// previewing and creating a batch's first-level tasks: ActAssign; both
	// system-wide (a coordinator, or a grant at the root).
	s.page("GET /notices/new", s.intakeForm)
	s.page("POST /notices/preview", s.intakePreviewPage)
	s.page("POST /notices", s.intakeConfirm)
	s.page("GET /batches/{n}/assignment", s.assignForm)
	s.page("POST /batches/{n}/assignment", s.assignConfirm)
	s.api("POST /api/v1/notices", s.apiImportNotice)
	s.api("POST /api/v1/batches/{n}/assignment", s.apiAssign)
}
