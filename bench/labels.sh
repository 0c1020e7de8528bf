#!/usr/bin/env bash
# Barcode label benchmark: BENCH_LABELS lot labels (GS1-128 + QR holding the GS1 Digital Link URI)
# printed by the application's LabelPrinter (from target/classes) exactly as the label job prints them
# (the built-in A4 sheet of 2 x 5: one PDF and a ZIP of one PNG per label, to files), against the bare
# baseline of ZXing encoding the same two symbols (Code128Writer + QRCodeWriter to bit matrices, no
# drawing, PNG or PDF): labels/s, p50 and p95 per label, ratio ours / baseline. In process: no server
# (a job through the API reports the same figures of its own run in its status, `timing`).
# Prints the figures and writes the section "Logistics: labels" of bench/RESULTS.md (replaced if it
# is there, appended if not).
# Usage: bench/labels.sh      (knobs: BENCH_LABELS=1000, BENCH_RUNS=3, BENCH_XMX=<server's -Xmx>)
set -euo pipefail
cd "$(dirname "$0")/.."

LABELS=${BENCH_LABELS:-1000}
RUNS=${BENCH_RUNS:-3}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
XMX=${BENCH_XMX:-$(grep -o -- '-Xmx[0-9]*[kmgKMG]' liberty/jvm.options 2>/dev/null | head -1 | sed 's/^-Xmx//')}
XMX=${XMX:-512m}
for v in LABELS RUNS; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
COMMAND=bench/labels.sh
for v in BENCH_XMX BENCH_RUNS BENCH_LABELS; do
    if [ -n "${!v:-}" ]; then COMMAND="$v=${!v} $COMMAND"; fi
done

out=$(mktemp -d /tmp/bench-labels.XXXXXX)
trap 'rm -rf "$out"' EXIT
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if [ ! -f target/classes/dev/procura/labels/LabelPrinter.class ]; then
    echo "Compiling (target/classes has no labels)…"
    ./mvnw -q -o compile >/dev/null 2>&1 || ./mvnw -q compile >/dev/null
fi
# A copy of the classes measured, so a build rewriting target/classes meanwhile changes nothing.
cp -r target/classes "$out/classes"
CP_FILE=target/bench-classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
    echo "Resolving the class path (mvn dependency:build-classpath)…"
    ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null 2>&1 \
        || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
    cp "$out/classpath.txt" "$CP_FILE.$$" && mv "$CP_FILE.$$" "$CP_FILE"
fi
CP=$out/classes:$(cat "$CP_FILE")
version() { tr ':' '\n' < "$CP_FILE" | sed -nE "s#.*/$1-([0-9][^/]*)\\.jar\$#\\1#p" | head -1; }
LIBS="ZXing $(version core), OpenPDF $(version openpdf)"
mkdir -p "$out/bench" "$out/files"
javac -nowarn -d "$out/bench" -cp "$CP" bench/LabelRenderBaseline.java
run() {
    java "-Xmx$XMX" -Djava.awt.headless=true -cp "$out/bench:$CP" dev.procura.labels.LabelRenderBaseline \
        "$1" "$LABELS" "$RUNS" "$out/files"
}
echo "Printing $LABELS labels (GS1-128 + QR) with LabelPrinter: 1 untimed, $RUNS timed…"
OURS=($(run ours))
echo "Encoding the same symbols with ZXing alone: 1 untimed, $RUNS timed…"
BASE=($(run baseline))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "n/a"}'; }
ms() { awk -v u="$1" 'BEGIN {printf "%.2f", u / 1000}'; }
CORES=$(nproc)
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
{
    echo "Procura label benchmark — $CORES cores ($CPU), $LIBS, -Xmx$XMX"
    echo "ours: LabelPrinter, $LABELS lot labels, GS1-128 + QR, built-in A4 sheet 2 x 5 (PDF + ZIP of PNGs):" \
        "${OURS[2]} ms = ${OURS[3]} labels/s, p50 $(ms "${OURS[4]}") ms, p95 $(ms "${OURS[5]}") ms per label;" \
        "PDF $(( OURS[6] / 1024 )) KiB, ZIP $(( OURS[7] / 1024 )) KiB (median of $RUNS runs)"
    echo "baseline: ZXing Code128Writer + QRCodeWriter alone, same contents: ${BASE[2]} ms = ${BASE[3]} labels/s," \
        "p50 $(ms "${BASE[4]}") ms, p95 $(ms "${BASE[5]}") ms per label"
    echo "ratio ours / baseline (labels/s): $(ratio "${OURS[3]}" "${BASE[3]}")"
    echo "  per label ours also draws the label (texts, symbols with quiet zones) at 300 dpi, encodes its PNG,"
    echo "  zips it and places it on the PDF; the baseline only computes the two bit matrices"
    echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/report.txt"
cat "$out/report.txt"
{
    echo "## Logistics: labels"
    echo
    echo "Written by \`bench/labels.sh\` on $STARTED, commit \`$(git rev-parse --short HEAD 2>/dev/null || echo '?')\`, on $CORES cores."
    echo "Command: \`$COMMAND\`. In process, on target/classes; a job run through the API reports the same"
    echo "figures of its own run in its status (\`timing\`)."
    echo
    echo "| figure | value | baseline (ZXing encode alone) | ratio |"
    echo "| --- | --- | --- | --- |"
    echo "| $LABELS GS1-128 + QR labels to one PDF + PNGs | ${OURS[3]} labels/s | ${BASE[3]} labels/s | $(ratio "${OURS[3]}" "${BASE[3]}") |"
    echo "| p95 per label | $(ms "${OURS[5]}") ms | $(ms "${BASE[5]}") ms | $(ratio "${OURS[5]}" "${BASE[5]}") |"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
if [ -n "${BENCH_RESULTS:-}" ]; then
    printf '| %s | %s | %s | %s | %s |\n' "$LABELS GS1-128 + QR labels to one PDF" "${OURS[3]} labels/s, p95 $(ms "${OURS[5]}") ms" \
        "${BASE[3]} labels/s (ZXing encode alone)" "$(ratio "${OURS[3]}" "${BASE[3]}")" "none set" >> "$BENCH_RESULTS"
fi
if [ -f "$RESULTS_MD" ]; then
    awk -v section="$out/section.md" '
        function emit(  line) { while ((getline line < section) > 0) print line; close(section) }
        !fence && $0 == "## Logistics: labels" { emit(); print ""; skip = 1; done = 1; next }
        !fence && skip && /^## / { skip = 0 }
        /^```/ { fence = !fence }
        !skip { print }
        END { if (!done) { print ""; emit() } }' "$RESULTS_MD" |
        awk '{a[NR] = $0} NF {last = NR} END {for (i = 1; i <= last; i++) print a[i]}' > "$out/results.md"
    cp "$out/results.md" "$RESULTS_MD"
else
    cp "$out/section.md" "$RESULTS_MD"
fi
echo
echo "section \"Logistics: labels\" written to $RESULTS_MD"
