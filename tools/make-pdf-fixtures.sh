#!/usr/bin/env bash
# Typesets the seed review (corpus/papers/) into the PDF fixtures of the PDF reader's tests:
#   tests/fixtures/pdf/chu2024-llzo-interfaces-review.twocolumn.pdf  (journal style: two columns)
#   tests/fixtures/pdf/chu2024-llzo-interfaces-review.onecolumn.pdf  (one column)
# with their LaTeX sources beside them. The text is read by the converted-text reader (`llzograph extract`),
# then tools/pdf-fixtures/document-to-latex.py writes LaTeX (true sub/superscripts, running header and
# footer, page numbers, author-bio boxes, a ruled Table 1 with multi-line cells, a numbered reference list)
# and pdflatex (Times, real fi/fl ligatures, ToUnicode maps) sets it.
#
# Needs: the .NET SDK, python3, and pdflatex with the Times/Helvetica fonts and the usual packages:
#   apt-get install -y texlive-latex-base texlive-latex-recommended texlive-fonts-recommended texlive-latex-extra
# Not run in CI; the PDFs are committed. Output is reproducible (SOURCE_DATE_EPOCH).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
paper="$root/corpus/papers/chu2024-llzo-interfaces-review.txt"
out="$root/tests/fixtures/pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# LLZOGRAPH may name a built CLI (e.g. "dotnet src/LlzoGraph.Cli/bin/Debug/net10.0/llzograph.dll")
${LLZOGRAPH:-dotnet run --project "$root/src/LlzoGraph.Cli" --} extract "$paper" > "$work/review.json"
export SOURCE_DATE_EPOCH=1704067200 FORCE_SOURCE_DATE=1
for layout in twocolumn onecolumn; do
  name="chu2024-llzo-interfaces-review.$layout"
  python3 "$root/tools/pdf-fixtures/document-to-latex.py" "$work/review.json" --layout "$layout" > "$work/$name.tex"
  (cd "$work" && pdflatex -interaction=nonstopmode -halt-on-error "$name.tex" > /dev/null && pdflatex -interaction=nonstopmode -halt-on-error "$name.tex" > /dev/null)
  cp "$work/$name.pdf" "$work/$name.tex" "$out/"
  echo "$out/$name.pdf: $(stat -c %s "$out/$name.pdf") bytes"
done
