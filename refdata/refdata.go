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

// Indicators7 is the table of proposed indicators for the items of the 7th
// batch (two per item: item, seq, name, measure, direction; tab-separated with
// a header row), written by this project from the proposals of its domain brief.
// They are proposals, not official indicators; baselines and targets are left
// to the coordinator.
//
//go:embed indicators7.tsv
var Indicators7 []byte

// ChinaProvinces is the outline of China's provincial-level units as GeoJSON
// (lon/lat): 31 provinces with their 6-digit codes, 台湾, 香港, 澳门 and the
// schematic 南海诸岛 inset, derived from Apache ECharts 4.9.0's map data under
// the Apache License 2.0 (LICENSE.echarts-4.9.0.txt, NOTICE.echarts-4.9.0.txt;
// see README.md for what was changed).
//
//go:embed china-provinces.geojson
var ChinaProvinces []byte
