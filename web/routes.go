package web

// routes registers every route of the site. This is the one list: a route that is
// not here does not exist. Pages answer HTML (errors as pages); /api routes answer
// JSON (errors as JSON). docs/api.md and openapi.json describe the /api routes.
func (s *Server) routes() {
	// Pages.
	s.page("GET /{$}", s.homePage)
	s.page("GET /batches/{n}", s.batchPage)
	s.page("GET /batches/{n}/source", s.batchSource)
	s.page("GET /items/{id}", s.itemPage)
	s.page("GET /items/{id}/tree", s.itemTreePage)
	s.page("GET /units/{id}", s.unitPage)
	s.page("GET /units/{id}/tasks", s.inboxPage)
	s.page("GET /tasks/{id}/divide", s.divideForm)
	s.page("POST /tasks/{id}/divide", s.divideSubmit)
	s.page("GET /units/{id}/reissue", s.reissueForm)
	s.page("POST /units/{id}/reissue", s.reissueUpload)
	s.page("POST /units/{id}/reissue/confirm", s.reissueConfirm)
	s.page("GET /search", s.searchPage)
	s.asset("GET /static/{hash}/{file}", s.serveStatic)

	// JSON API.
	s.api("GET /api/openapi.json", s.apiOpenAPI)
	s.api("GET /api/v1/batches", s.apiBatches)
	s.api("GET /api/v1/batches/{n}", s.apiBatch)
	s.api("GET /api/v1/items", s.apiSearchItems)
	s.api("GET /api/v1/items/{id}", s.apiItem)
	s.api("GET /api/v1/items/{id}/tasks", s.apiItemTasks)
	s.api("GET /api/v1/units/{id}", s.apiUnit)
	s.api("GET /api/v1/units/{id}/tasks", s.apiUnitTasks)
	s.api("GET /api/v1/tasks/{id}", s.apiTask)
	s.api("POST /api/v1/tasks/{id}/divisions", s.apiDivide)
	s.api("POST /api/v1/units/{id}/reissue", s.apiReissue)
}
