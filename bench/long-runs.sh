#!/usr/bin/env bash
# The grid behind the learning budget (README, "Long runs: a learning budget"): cbow train --loss ns
# at each epoch count and rate, writing the input and the averaged vectors of the same run (one
# thread, so each seed's run is deterministic and the two files come from one model), scored by
# bench/score.py. Prints the median (min..max) over the seeds of WS-353, the analogies and, with
# SIMLEX=FILE, SimLex-999, per epochs x alpha x vectors. "default" as an alpha leaves --alpha unset.
# Settings as bench/compare-peers.sh: dim 100, window 5, 5 negatives, sample 1e-3, min-count 5.
#   usage: [EPOCHS="5 10 20"] [ALPHAS="default 0.025 0.04 0.075 0.1"] [SEEDS="1 2 3"] [JOBS=2]
#          [SIMLEX=simlex999.txt] bench/long-runs.sh CORPUS
# CORPUS: a normalized text, e.g. Brown through ../shared/bench/normalize.py. JOBS runs train at once
# (one thread each: scores do not depend on it, times do).
# needs: python3-gensim (for bench/score.py)
set -euo pipefail
corpus=${1:?usage: bench/long-runs.sh CORPUS}
[ -r "$corpus" ] || { echo "long-runs.sh: $corpus: cannot read it" >&2; exit 1; }
EPOCHS=${EPOCHS:-5 10 20}; ALPHAS=${ALPHAS:-default 0.025 0.04 0.075 0.1}; SEEDS=${SEEDS:-1 2 3}; JOBS=${JOBS:-2}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$here/cbow" --version > /dev/null # builds the jar once, before the parallel runs

one() { # EPOCHS ALPHA SEED: one run, both kinds of vectors, one line per kind
  local e=$1 a=$2 s=$3 d="$work/$1-$2-$3" rate=()
  mkdir -p "$d"; [ "$a" = default ] || rate=(--alpha "$a")
  for v in input average; do
    "$here/cbow" train "$corpus" --loss ns --epochs "$e" "${rate[@]}" --seed "$s" --threads 1 --window 5 \
      --sample 1e-3 --min-count 5 --negative 5 --dim 100 --vectors "$v" -q --format word2vec -o "$d/$v.txt"
    echo "$e $a $v $s $(/usr/bin/python3 "$here/bench/score.py" "$d/$v.txt" 2>/dev/null | tail -1)"
    rm -f "$d/$v.txt"
  done
}
export -f one; export here corpus work
for e in $EPOCHS; do for a in $ALPHAS; do for s in $SEEDS; do echo "$e $a $s"; done; done; done |
  xargs -P "$JOBS" -L 1 bash -c 'one "$@"' _ > "$work/results"

/usr/bin/python3 - "$work/results" <<'EOF'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    e, a, v, s, *scores = line.split()
    rows[(int(e), a, v)].append(dict(x.split("=", 1) for x in scores))
def spread(xs, scale=1.0, digits=3):
    xs = [scale * x for x in xs]
    return f"{statistics.median(xs):.{digits}f} ({min(xs):.{digits}f}..{max(xs):.{digits}f})"
print("| epochs | alpha | vectors | seeds | WS-353 | analogy % | SimLex-999 |")
print("| ---: | ---: | --- | ---: | --- | --- | --- |")
for (e, a, v), rs in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] != "input")):
    ws = [float(r["ws353"]) for r in rs]
    an = [float(r["analogy"]) for r in rs]
    sl = [float(r["simlex"]) for r in rs if "simlex" in r]
    print(f"| {e} | {a} | {v} | {len(rs)} | {spread(ws)} | {spread(an, 100, 2)} | {spread(sl) if sl else ''} |")
EOF
