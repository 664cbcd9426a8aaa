#!/usr/bin/env bash
# Fuzzes the PDF reader (PdfDocumentReader over PdfPig) with AFL++ and SharpFuzz for a bounded time.
#   tools/fuzz-pdf.sh [SECONDS]     (default 600)
# Seeds: the typeset fixtures in tests/fixtures/pdf plus tiny hand-made PDFs. Findings go to
# artifacts/fuzz-pdf/out; every crash is an input for which an exception escaped the reader. Replay one with
#   dotnet run --project tests/LlzoGraph.Documents.Fuzz -- replay artifacts/fuzz-pdf/out/default/crashes/id*
# and turn it into a regression test in tests/LlzoGraph.Documents.Tests/Pdf/PdfBadInputTests.cs.
# Needs: afl++ (apt-get install -y afl++) and the sharpfuzz tool (dotnet tool install --global SharpFuzz.CommandLine).
set -euo pipefail
seconds="${1:-600}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/fuzz-pdf"
export PATH="$PATH:$HOME/.dotnet/tools"

command -v afl-fuzz > /dev/null || { apt-get update -qq && apt-get install -y -qq afl++ > /dev/null; }
command -v sharpfuzz > /dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 > /dev/null

rm -rf "$work/bin" "$work/in"
mkdir -p "$work/in"
dotnet publish "$root/tests/LlzoGraph.Documents.Fuzz" -c Release -o "$work/bin" -v q -nologo > /dev/null
for dll in LlzoGraph.Documents.dll UglyToad.PdfPig.dll UglyToad.PdfPig.Core.dll UglyToad.PdfPig.Tokenization.dll UglyToad.PdfPig.Tokens.dll UglyToad.PdfPig.Fonts.dll; do
  [ -f "$work/bin/$dll" ] && sharpfuzz "$work/bin/$dll" > /dev/null
done

cp "$root"/tests/fixtures/pdf/*.pdf "$work/in/"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >> endobj\n4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 20 100 Td (Li2CO3 layer) Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' > "$work/in/tiny.pdf"

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
start=$(date +%s)
afl-fuzz -i "$work/in" -o "$work/out" -t 10000 -m none -V "$seconds" -- dotnet "$work/bin/LlzoGraph.Documents.Fuzz.dll" > "$work/afl.log" 2>&1 || true
end=$(date +%s)
stats="$work/out/default/fuzzer_stats"
crashes=$(find "$work/out/default/crashes" -name 'id*' 2> /dev/null | wc -l)
hangs=$(find "$work/out/default/hangs" -name 'id*' 2> /dev/null | wc -l)
echo "ran $((end - start)) s: $(grep -E '^execs_done' "$stats" 2> /dev/null | awk '{print $3}') executions, $(grep -E '^corpus_count' "$stats" 2> /dev/null | awk '{print $3}') paths, $crashes crashes, $hangs hangs"
