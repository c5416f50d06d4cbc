#!/usr/bin/env bash
# Corpora larger than memory: cbow train --loss ns against fastText, side by side, 1 epoch, on
# generated corpora of the given sizes (Zipf words, Heaps' law vocabulary, planted groups; see
# cbow.synthetic.ScaleCorpus). For each: wall time, words per second (corpus tokens / wall, the whole
# process: counting, encoding, training, writing), CPU time (user + sys), peak RSS, and planted-group
# recovery. cbow's vocabulary (word and count) is kept in WORK/cbow-SIZE.vocab, to check against an
# exact count.
#
#   bench/scale.sh 10M 100M 1B
#
# Environment: WORK (where corpora and outputs go; default /tmp/cbow-scale; 1 B tokens take 7 GB of
# text and 4 GB of encoded ids), THREADS (2), MAX_VOCAB (100000: holds cbow's model size fixed),
# SEED (1). fastText has no vocabulary cap: its model grows with the corpus.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
WORK=${WORK:-/tmp/cbow-scale}
THREADS=${THREADS:-2}
MAX_VOCAB=${MAX_VOCAB:-100000}
SEED=${SEED:-1}
mkdir -p "$WORK"
jar="$here/target/cbow.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B -DskipTests package)
java_cbow=("$here/cbow") # the launcher, with the JVM options a user gets
py=/usr/bin/python3

tokens_of() {  # 10M -> 10000000
  local s=$1
  case "$s" in
    *K) echo $(( ${s%K} * 1000 )) ;;
    *M) echo $(( ${s%M} * 1000000 )) ;;
    *B) echo $(( ${s%B} * 1000000000 )) ;;
    *) echo "$s" ;;
  esac
}

# measure NAME COMMAND...: runs it under /usr/bin/time, prints "wall_s rss_mb cpu_s"
measure() {
  local log="$WORK/$1.time"; shift
  /usr/bin/time -v -o "$log" "$@" >"$WORK/last.out" 2>"$WORK/last.err" || { cat "$WORK/last.err" >&2; return 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$log")
  echo "$wall $rss $cpu"
}

printf '%-6s %-9s %12s %9s %9s %14s %8s %9s %s\n' size trainer tokens wall_s cpu_s words_per_s rss_mb recovery vocabulary
for size in "$@"; do
  n=$(tokens_of "$size")
  corpus="$WORK/corpus-$size.txt"
  if [ ! -s "$corpus" ]; then
    echo "generating $corpus ($n tokens)..." >&2
    java -cp "$jar" cbow.synthetic.ScaleCorpus "$n" "$corpus" "$SEED"
  fi
  tokens=$(wc -w < "$corpus")

  read -r wall rss cpu < <(measure "cbow-$size" "${java_cbow[@]}" train "$corpus" --loss ns --epochs 1 \
      --threads "$THREADS" --max-vocab "$MAX_VOCAB" --seed "$SEED" --temp-dir "$WORK" \
      --save-vocab "$WORK/cbow-$size.vocab" -o "$WORK/cbow-$size.json")
  vocab=$(grep -o 'vocabulary [0-9,]* words' "$WORK/last.err" | head -1)
  "${java_cbow[@]}" export -e "$WORK/cbow-$size.json" --format word2vec -o "$WORK/cbow-$size.vec"
  rec=$($py "$here/bench/planted_recovery.py" "$WORK/cbow-$size.vec" | awk '{print $3}')
  printf '%-6s %-9s %12s %9.1f %9s %14.0f %8s %9s %s\n' "$size" cbow-ns "$tokens" "$wall" "$cpu" "$(echo "$tokens / $wall" | bc -l)" "$rss" "$rec" "$vocab"

  read -r wall rss cpu < <(measure "fasttext-$size" fasttext cbow -input "$corpus" -output "$WORK/fasttext-$size" \
      -epoch 1 -thread "$THREADS" -dim 100 -ws 5 -neg 5 -minCount 5 -minn 0 -maxn 0 -t 1e-3 -lr 0.05 -verbose 1)
  vocab=$(grep -o 'Number of words: *[0-9]*' "$WORK/last.out" "$WORK/last.err" 2>/dev/null | head -1 | grep -o '[0-9]*$' || true)
  rec=$($py "$here/bench/planted_recovery.py" "$WORK/fasttext-$size.vec" | awk '{print $3}')
  printf '%-6s %-9s %12s %9.1f %9s %14.0f %8s %9s %s\n' "$size" fasttext "$tokens" "$wall" "$cpu" "$(echo "$tokens / $wall" | bc -l)" "$rss" "$rec" "vocabulary $vocab words"
  rm -f "$WORK/cbow-$size.json" "$WORK/fasttext-$size.bin"
done
