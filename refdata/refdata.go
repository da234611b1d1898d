// Package refdata holds the documents and reference data the binary ships with,
// so that a fresh installation shows real content without reading anything from
// outside. Provenance and licences are in README.md beside this file.
package refdata

import _ "embed"

// Notice7 is the State Council notice 国函〔2023〕56号 (the 7th batch of Free Trade
// Zone reform experiences to replicate), as published on the central government
// website, in plain text with a tab-separated annex.
//
//go:embed guohan-2023-56.txt
var Notice7 []byte
