#!/usr/bin/env bash
# Trains CBOW with fastText, gensim and cbow (each loss) on one normalized corpus, one after the
# other in the same run, and prints one row per trainer: epochs, wall s, words/s, peak RSS,
# WS-353 and analogy accuracy (scored by ../shared/bench/evalvec.py, i.e. by gensim).
# All get the same settings: dim 100, window 5, 5 negatives, sample $SAMPLE (default 1e-3, as
# ../shared/bench/peers.sh), min-count 5, 2 threads, and the same seed.
# usage: [SAMPLE=T] bench/compare-peers.sh [EPOCHS] [SEED] [OPTION...]    (needs: apt-get install fasttext python3-gensim)
# Options after the seed add a row "cbow-ns+": --loss ns with those options (e.g. --vectors average --alpha 0.05).
set -euo pipefail
EP=${1:-5}; SEED=${2:-1}; SAMPLE=${SAMPLE:-1e-3}; shift $(( $# < 2 ? $# : 2 )); EXTRA=("$@")
here=$(cd "$(dirname "$0")/.." && pwd); shared=$here/../shared
[ -f "$shared/data/brown.txt" ] || { echo "needs $shared/data/brown.txt" >&2; exit 1; }
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
/usr/bin/python3 "$shared/bench/normalize.py" < "$shared/data/brown.txt" > "$D/corpus.txt"
tokens=$(wc -w < "$D/corpus.txt")
"$here/cbow" --version >/dev/null   # build first, outside the timings
row() { # name vectors-file time-file
  local wall rss score
  wall=$(sed -n 's/.*wall=\([0-9.]*\).*/\1/p' "$3"); rss=$(sed -n 's/.*rss_kb=\([0-9]*\).*/\1/p' "$3")
  score=$(/usr/bin/python3 "$shared/bench/evalvec.py" "$2" "$shared/data" 2>/dev/null | tail -1)
  printf '%-12s epochs=%-3s wall_s=%-7s words_per_s=%-9.0f rss_mb=%-5d %s\n' "$1" "$EP" "$wall" \
    "$(echo "$tokens * $EP / $wall" | bc -l)" "$((rss / 1024))" "$score"
}
timed() { local out=$1; shift; /usr/bin/time -f "wall=%e rss_kb=%M" -o "$out" "$@" >/dev/null 2>&1; }
timed "$D/ft.time" fasttext cbow -input "$D/corpus.txt" -output "$D/ft" -dim 100 -ws 5 -neg 5 -loss ns -t "$SAMPLE" \
  -minCount 5 -epoch "$EP" -thread 2 -minn 0 -maxn 0 -seed "$SEED"
row fasttext "$D/ft.vec" "$D/ft.time"
timed "$D/gs.time" /usr/bin/python3 "$here/bench/gensim-cbow.py" "$D/corpus.txt" "$D/gs.txt" "$EP" "$SAMPLE" "$SEED"
row gensim "$D/gs.txt" "$D/gs.time"
cbow_row() { # name options...
  local name=$1; shift
  timed "$D/$name.time" "$here/cbow" train "$D/corpus.txt" --epochs "$EP" --seed "$SEED" \
    --window 5 --negative 5 --sample "$SAMPLE" --min-count 5 --threads 2 -o "$D/$name.json" -q "$@"
  "$here/cbow" export -e "$D/$name.json" --format word2vec -o "$D/$name.txt"
  row "$name" "$D/$name.txt" "$D/$name.time"
}
cbow_row cbow-ns --loss ns
cbow_row cbow-hs --loss hs
if [ ${#EXTRA[@]} -gt 0 ]; then cbow_row cbow-ns+ --loss ns "${EXTRA[@]}"; fi
