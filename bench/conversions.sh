#!/usr/bin/env bash
# Conversion renderers benchmark: the application's renderers (Renderers.open, from target/classes)
# writing BENCH_ROWS invoice-like rows (15 columns) to XLSX, CSV and PDF files, each against the bare
# library used the most direct way (POI SXSSFWorkbook, Commons CSV CSVPrinter, OpenPDF PdfPTable): rows/s,
# the ratio ours / baseline and the live heap as the rows are written; then the p95 of a PDF preview
# (the first 50 rows, 200 renders) against its 300 ms target. No server, no database, no port.
# Prints the figures and writes the section "Conversions: renderers" of bench/RESULTS.md (replaced
# if it is there, appended if not).
# Usage: bench/conversions.sh      (knobs: see bench/README.md; e.g. BENCH_ROWS=2000 for a quick run)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS_ENV=${ROWS:-}
ROWS=${BENCH_ROWS:-${ROWS:-100000}}            # rows per render (ROWS is read too)
RUNS=${BENCH_RUNS:-3}                          # timed renders per format and renderer (median reported)
PREVIEW_ROWS=${BENCH_PREVIEW_ROWS:-50}         # rows of the PDF preview
PREVIEW_REPEAT=${BENCH_PREVIEW_REPEAT:-200}    # timed preview renders
PREVIEW_TARGET_MS=300
FORMATS=${BENCH_FORMATS:-xlsx csv pdf}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}   # the file whose section is written (bench/all.sh sets its own)
# The server's heap (liberty/jvm.options), so the figures hold for the JVM the renderers run in.
XMX=${BENCH_XMX:-$(grep -o -- '-Xmx[0-9]*[kmgKMG]' liberty/jvm.options 2>/dev/null | head -1 | sed 's/^-Xmx//')}
XMX=${XMX:-512m}
for v in ROWS RUNS PREVIEW_ROWS PREVIEW_REPEAT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
for f in $FORMATS; do
    [[ $f =~ ^(xlsx|csv|pdf)$ ]] || { echo "BENCH_FORMATS: xlsx, csv and/or pdf (got '$f')" >&2; exit 2; }
done
[[ $XMX =~ ^[0-9]+[kmgKMG]$ ]] || { echo "BENCH_XMX must look like 512m (got '$XMX')" >&2; exit 2; }
# The command as run, with the knobs that were set.
COMMAND=bench/conversions.sh
for v in BENCH_XMX BENCH_FORMATS BENCH_PREVIEW_REPEAT BENCH_PREVIEW_ROWS BENCH_RUNS BENCH_ROWS; do
    if [ -n "${!v:-}" ]; then COMMAND="$v=${!v} $COMMAND"; fi
done
if [ -z "${BENCH_ROWS:-}" ] && [ -n "$ROWS_ENV" ]; then COMMAND="ROWS=$ROWS_ENV $COMMAND"; fi
source bench/lib.sh   # result(): the summary rows of bench/all.sh

out=$(mktemp -d /tmp/bench-conversions-render.XXXXXX)
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out"
    else
        echo "raw files kept in $out"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- classes and class path
RENDER=target/classes/dev/procura/conversions/render
if [ ! -f "$RENDER/Renderers.class" ]; then
    echo "Compiling (target/classes has no renderers)…"
    ./mvnw -q -o compile >/dev/null 2>&1 || ./mvnw -q compile >/dev/null
fi
# A copy of the renderers' classes (they use nothing else of the application), so a build that rewrites
# target/classes meanwhile does not change what is measured.
mkdir -p "$out/classes/dev/procura/conversions"
cp -r "$RENDER" "$out/classes/dev/procura/conversions/"
STALE=""
for src in src/main/java/dev/procura/conversions/render/*.java; do
    class=$RENDER/$(basename "$src" .java).class
    if [ "$src" -nt "$class" ]; then STALE="$STALE $(basename "$src")"; fi
done
CLASSES="target/classes of $(date -r "$RENDER/Renderers.class" '+%F %T'), HEAD $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
if [ -n "$(git status --porcelain -- src/main/java/dev/procura/conversions/render 2>/dev/null)" ]; then
    CLASSES="$CLASSES + uncommitted changes"
fi
if [ -n "$STALE" ]; then
    CLASSES="$CLASSES; OLDER THAN THEIR SOURCES:$STALE (run ./mvnw -q compile)"
    echo "warning: target/classes is older than the sources of:$STALE; run ./mvnw -q compile" >&2
fi

# The project's dependencies (the versions of the WAR: POI, Commons CSV, OpenPDF), as bench/tenants.sh gets them.
CP_FILE=target/bench-classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
    echo "Resolving the class path (mvn dependency:build-classpath)…"
    ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null 2>&1 \
        || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
    cp "$out/classpath.txt" "$CP_FILE.$$" && mv "$CP_FILE.$$" "$CP_FILE"
fi
CP=$out/classes:$(cat "$CP_FILE")
version() { tr ':' '\n' < "$CP_FILE" | sed -nE "s#.*/$1-([0-9][^/]*)\\.jar\$#\\1#p" | head -1; }
LIBS="POI $(version poi-ooxml), Commons CSV $(version commons-csv), OpenPDF $(version openpdf)"

# The benchmark itself, compiled once (javac in every JVM, as `java bench/X.java` runs it, would leave
# its own objects on the heap the figures measure).
mkdir -p "$out/bench"
javac -nowarn -d "$out/bench" -cp "$CP" bench/ConversionRenderBaseline.java
bench_java() {
    java "-Xmx$XMX" -Djava.awt.headless=true -cp "$out/bench:$CP" ConversionRenderBaseline "$@" 2> "$out/java.err" ||
        { cat "$out/java.err" >&2; echo "ConversionRenderBaseline $* failed" >&2; return 1; }
}

# ---------------------------------------------------------------- runs
declare -A LINE
for f in $FORMATS; do
    for impl in ours baseline; do
        echo "Rendering $ROWS rows to ${f^^} with $impl: 1 untimed, $RUNS timed, 1 for the heap…"
        LINE[$f.$impl]=$(bench_java throughput "$f" "$impl" "$ROWS" "$RUNS" "$out")
    done
done
echo "PDF preview: $PREVIEW_ROWS rows, 1 untimed then $PREVIEW_REPEAT timed renders, ours and the baseline…"
PREVIEW_OURS=$(bench_java preview ours "$PREVIEW_ROWS" "$PREVIEW_REPEAT")
PREVIEW_BASE=$(bench_java preview baseline "$PREVIEW_ROWS" "$PREVIEW_REPEAT")

# ---------------------------------------------------------------- figures
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
growth() { awk -v a="$1" -v b="$2" 'BEGIN {g = (b - a) / 1024; if (g > -0.05 && g < 0.05) g = 0; printf "%+.1f", g}'; }
# Fields of a throughput line: bytes, heap before / opened / 10% / 50% / all rows / closed (KiB), then the runs (s).
field() { awk -v i="$2" '{print $i}' <<<"${LINE[$1]}"; }
runs_of() { cut -d' ' -f8- <<<"${LINE[$1]}"; }
median_s() { runs_of "$1" | median; }
rate() { awk -v n="$ROWS" -v s="$(median_s "$1")" 'BEGIN {if (s > 0) printf "%.0f", n / s; else print "n/a"}'; }
name_of() {
    case $1 in
        xlsx.baseline) echo "SXSSFWorkbook(100), typed cells" ;;
        csv.baseline) echo "CSVPrinter, RFC 4180, toString()" ;;
        pdf.baseline) echo "OpenPDF PdfPTable, large-table mode" ;;
        *) echo "Renderers.open (ours)" ;;
    esac
}
pv() { awk -v i="$2" '{print $i}' <<<"$1"; }   # preview fields: first p50 p95 max bytes
P95=$(pv "$PREVIEW_OURS" 3)
P95_BASE=$(pv "$PREVIEW_BASE" 3)
P95_VERDICT=$(awk -v p="$P95" -v t="$PREVIEW_TARGET_MS" 'BEGIN {print (p <= t ? "met" : "MISSED")}')

report() {
    echo "Procura conversion renderers benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(java -version 2>&1 | head -1 | sed -E 's/.*"(.*)".*/Java \1/'), -Xmx$XMX, one JVM per line"
    echo "classes: $CLASSES; $LIBS"
    echo "rows: $ROWS invoice-like rows × 15 columns (8 text, 2 dates, 1 date-time, 1 integer, 3 money; totals of 4),"
    echo "  generated as they are written; the same values for every renderer. Output: a file in /tmp opened with"
    echo "  Files.newOutputStream as ConversionOutput opens it; 1 untimed render, then $RUNS timed (median)"
    echo
    printf '%-50s %10s %9s   %-26s %8s\n' "" "rows/s" "median s" "runs (s)" "file MB"
    local f impl key label
    for f in $FORMATS; do
        for impl in ours baseline; do
            key=$f.$impl
            label="${f^^}  $(name_of "$key")"
            if [ "$impl" = baseline ]; then label="${f^^}  baseline: $(name_of "$key")"; fi
            printf '%-50s %10s %9s   %-26s %8s\n' "$label" \
                "$(rate "$key")" "$(median_s "$key")" "$(runs_of "$key" | sed 's/ /, /g')" "$(mb "$(( $(field "$key" 1) / 1024 ))")"
        done
        echo "  ratio ours / baseline (rows/s):  $(ratio "$(rate "$f.ours")" "$(rate "$f.baseline")")"
    done
    echo
    echo "live heap in MB (used heap right after System.gc(), twice): before the renderer is opened, once it is"
    echo "open, after 10%, 50% and all of the rows (still open, before finish), and after it is closed"
    printf '%-24s %8s %8s %8s %8s %9s %8s   %s\n' "" before opened "10%" "50%" "all rows" closed "growth: before → all rows (10% → all rows)"
    for f in $FORMATS; do
        for impl in ours baseline; do
            key=$f.$impl
            printf '%-24s %8s %8s %8s %8s %9s %8s   %s MB (%s MB)\n' "${f^^} $impl" "$(mb "$(field "$key" 2)")" "$(mb "$(field "$key" 3)")" \
                "$(mb "$(field "$key" 4)")" "$(mb "$(field "$key" 5)")" "$(mb "$(field "$key" 6)")" "$(mb "$(field "$key" 7)")" \
                "$(growth "$(field "$key" 2)" "$(field "$key" 6)")" "$(growth "$(field "$key" 4)" "$(field "$key" 6)")"
        done
    done
    echo "  rows held in memory would grow by their size here; a streaming renderer stays flat. OpenPDF's own"
    echo "  bookkeeping (an offset per PDF object, the page tree) grows with the pages, about 0.2 KB a page, in both"
    echo
    echo "PDF preview: the first $PREVIEW_ROWS rows into memory (ByteArrayOutputStream, as ConversionService.previewFile),"
    echo "  $PREVIEW_REPEAT renders after one untimed (the first render of a fresh JVM), ms"
    printf '%-50s %9s %8s %8s %8s %8s\n' "" "first" p50 p95 max KB
    printf '%-50s %9s %8s %8s %8s %8s\n' "Renderers.open (ours)" "$(pv "$PREVIEW_OURS" 1)" "$(pv "$PREVIEW_OURS" 2)" \
        "$P95" "$(pv "$PREVIEW_OURS" 4)" "$(( $(pv "$PREVIEW_OURS" 5) / 1024 ))"
    printf '%-50s %9s %8s %8s %8s %8s\n' "baseline: $(name_of pdf.baseline)" "$(pv "$PREVIEW_BASE" 1)" "$(pv "$PREVIEW_BASE" 2)" \
        "$P95_BASE" "$(pv "$PREVIEW_BASE" 4)" "$(( $(pv "$PREVIEW_BASE" 5) / 1024 ))"
    echo "  p95 ours: $P95 ms, target ≤ $PREVIEW_TARGET_MS ms: $P95_VERDICT; ratio ours / baseline (p95): $(ratio "$P95" "$P95_BASE")"
    echo "  (the rows only: a preview through the API also reads and maps them from the tenant database)"
    echo
    echo "The baselines: the same rows, columns and cell types with the bare library — XLSX an SXSSFWorkbook with a"
    echo "window of 100 rows and its defaults, a header row and one style per number or date format (ours also"
    echo "compresses its temporary files, sets column widths, which makes POI look up the column's style for each new"
    echo "cell, and adds a frozen header, a filter and a totals row); CSV a CSVPrinter (RFC 4180)"
    echo "printing each value's toString() (ours: ISO dates with the zone's offset, money with cents, text neutralised"
    echo "against formulas); PDF one PdfPTable in Helvetica 8 on A4 landscape with the same margins and a repeated"
    echo "header row, added to the document every 100 rows, each value's toString() (ours: values in the locale,"
    echo "numbers on the right, the title, and a page frame with the tenant, the footer and \"Page x of y\")."
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s; load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"

# ---------------------------------------------------------------- bench/RESULTS.md
rows_fmt=$(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$ROWS")
summary() {   # the rows of the figures table: figure, value, baseline, ratio, target
    local f base
    for f in $FORMATS; do
        case $f in xlsx) base="SXSSFWorkbook(100)" ;; csv) base="CSVPrinter" ;; pdf) base="OpenPDF PdfPTable" ;; esac
        printf '%s\t%s\t%s\t%s\t%s\n' "${f^^} renderer, $rows_fmt rows × 15 columns to a file, rows/s (median of $RUNS)" \
            "$(rate "$f.ours")" "$base: $(rate "$f.baseline")" "$(ratio "$(rate "$f.ours")" "$(rate "$f.baseline")")" "–"
    done
    for f in $FORMATS; do
        printf '%s\t%s\t%s\t%s\t%s\n' "${f^^} renderer, live heap growth, MB: before → all rows written (10% → all rows)" \
            "$(growth "$(field "$f.ours" 2)" "$(field "$f.ours" 6)") ($(growth "$(field "$f.ours" 4)" "$(field "$f.ours" 6)"))" \
            "$(growth "$(field "$f.baseline" 2)" "$(field "$f.baseline" 6)") ($(growth "$(field "$f.baseline" 4)" "$(field "$f.baseline" 6)"))" \
            "–" "flat with rows"
    done
    printf '%s\t%s\t%s\t%s\t%s\n' "PDF preview, first $PREVIEW_ROWS rows, p95 ms ($PREVIEW_REPEAT renders)" \
        "$P95" "bare OpenPDF: $P95_BASE" "$(ratio "$P95" "$P95_BASE")" "≤ $PREVIEW_TARGET_MS ($P95_VERDICT)"
}
summary > "$out/summary.tsv"
while IFS=$'\t' read -r a b c d e; do result "$a" "$b" "$c" "$d" "$e"; done < "$out/summary.tsv"

commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=$([ -n "$(git status --porcelain -- src pom.xml bench 2>/dev/null)" ] && echo " (with uncommitted changes)" || true)
{
    echo "## Conversions: renderers"
    echo
    echo "Written by \`bench/conversions.sh\` on $STARTED, commit \`$commit\`$dirty, on $(nproc) cores"
    echo "($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo))."
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    awk -F'\t' '{printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5}' "$out/summary.tsv"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
# Replaces the section (from its heading to the next "## " heading outside a code block), or appends it.
if [ -f "$RESULTS_MD" ]; then
    awk -v section="$out/section.md" '
        function emit(  line) { while ((getline line < section) > 0) print line; close(section) }
        !fence && $0 == "## Conversions: renderers" { emit(); print ""; skip = 1; done = 1; next }
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
echo "section \"Conversions: renderers\" written to $RESULTS_MD"
