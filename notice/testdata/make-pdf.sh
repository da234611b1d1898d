#!/bin/sh
# Makes the test PDFs from web pages of the tests, with
# headless Chromium (--print-to-pdf), as a browser or a WPS/Word "save as PDF"
# makes them: text in Type0/Identity-H fonts with ToUnicode maps, table rules
# drawn as thin filled rectangles. Run from notice/testdata; needs chromium
# (made with Chromium 156 and the WenQuanYi Micro Hei font).
#
#   variants/pdf-table.pdf    the real notice (variants/html-table.html, 负责部门)
#                             with its annex as a ruled table, A4
#   variants/pdf-split.pdf    the same on A5 paper, so that rows of the annex
#                             are cut by page breaks and the header repeats (thead)
#   reissue-gd-2023-211.pdf   the invented 广东省 re-issue (reissue-gd-2023-211.html):
#                             its division table with domain rows spanning all
#                             columns and a lead cell spanning two rows (the
#                             site's navigation and footer left out)
#   reissue-gd-2023-211-lo.pdf  the same web page (as it is, with its table's
#                             border="1") printed by LibreOffice 7 instead:
#                             soffice --headless --convert-to pdf:writer_web_pdf_Export
set -e
style='<style>@page{size:A4;margin:18mm}body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:11pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:3px;vertical-align:top}</style>'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed "s|<head>|<head>$style|" variants/html-table.html >"$tmp/notice.html"
sed "s|<head>|<head>$(echo "$style" | sed 's/A4/A5/')|; s|<table>|<table><thead>|; s|</th></tr>|</th></tr></thead>|" variants/html-table.html >"$tmp/split.html"
# the page's navigation and footer are not part of the document a PDF holds
sed "s|<head>|<head>$style|; /class=\"nav\"/d; /class=\"footer\"/d" reissue-gd-2023-211.html >"$tmp/reissue.html"
pdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null; }
pdf "$tmp/notice.html" variants/pdf-table.pdf
pdf "$tmp/split.html" variants/pdf-split.pdf
pdf "$tmp/reissue.html" reissue-gd-2023-211.pdf
if command -v soffice >/dev/null; then
	soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$tmp" reissue-gd-2023-211.html >/dev/null 2>&1
	cp "$tmp/reissue-gd-2023-211.pdf" reissue-gd-2023-211-lo.pdf
fi
