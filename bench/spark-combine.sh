#!/usr/bin/env bash
# How cbow spark --loss ns combines its partitions' work, against one machine: WS-353 and analogy
# accuracy on Brown (normalized) of `cbow spark` at P partitions, R rounds an epoch and a block
# momentum MU ("default" for (P-1)/(P+1); 0 is the plain sum of the changes), seeds 1..S, in Spark's
# local mode (every task trains its own copy of the round's model there too, so quality is a
# cluster's), and of `cbow train --loss ns --threads 2` on the same seeds. One line a run: wall and
# CPU seconds (user+sys), peak RSS, and the scores of ../shared/bench/evalvec.py.
# usage: [CORPUS=normalized.txt] bench/spark-combine.sh "P:R:MU ..." [SEEDS] [EPOCHS]   e.g. "2:10:default 8:10:default 8:10:0" 3 5
# CORPUS: another normalized corpus (the WordNet glosses of bench/wordnet-corpus.sh) instead of Brown.
# Run it under nice -n 19 on a shared machine: only the scores matter here.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd); shared=$here/../shared
list=${1:-2:10:default 8:10:default}; seeds=${2:-3}; epochs=${3:-5}
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
if [ -n "${CORPUS:-}" ]; then cp "$CORPUS" "$D/brown.txt"; else /usr/bin/python3 "$shared/bench/normalize.py" < "$shared/data/brown.txt" > "$D/brown.txt"; fi
"$here/cbow" --version >/dev/null   # builds target/cbow.jar first, outside the runs
printf '# %s, %s epochs, seeds 1..%s\n' "${CORPUS:-Brown}" "$epochs" "$seeds"
score() { /usr/bin/python3 "$shared/bench/evalvec.py" "$1" "$shared/data" | tail -1; }
run() { # label, command...
  local label=$1; shift
  local start; start=$(date +%s.%N)
  if /usr/bin/time -f '%U %S %M' -o "$D/time" "$@" -q --format word2vec -o "$D/v.txt" 2>"$D/err"; then
    read -r user sys rss < "$D/time"
    printf '%s wall_s=%.1f cpu_s=%.1f rss_mb=%d %s\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)" \
      "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$(score "$D/v.txt")"
  else
    printf '%s failed: %s\n' "$label" "$(tail -1 "$D/err")"
  fi
}
for seed in $(seq "$seeds"); do
  run "train threads=2 seed=$seed" "$here/cbow" train "$D/brown.txt" --loss ns --threads 2 --epochs "$epochs" --seed "$seed"
  for spec in $list; do
    IFS=: read -r p r mu <<< "$spec"
    opts=""; [ "$mu" != default ] && opts="-Dcbow.spark.momentum=$mu"
    CBOW_JAVA_OPTS="$opts" run "spark P=$p R=$r momentum=$mu seed=$seed" "$here/cbow" spark "$D/brown.txt" --loss ns \
      --master "local[2]" --partitions "$p" --rounds "$r" --epochs "$epochs" --seed "$seed"
  done
done
