#!/usr/bin/env bash
# How often an epoch cbow spark should combine its partitions' work: WS-353 and analogy accuracy of
# `cbow spark --loss ns` on Brown against --rounds, seeds 1..S, in Spark's local mode. Quality does not
# depend on the cluster (every task trains its own copy of the round's model, in local mode too);
# speed does, so bench/spark.sh times the chosen setting on a standalone cluster.
# usage: bench/spark-rounds.sh [ROUNDS_LIST] [SEEDS] [EPOCHS] [PARTITIONS]   e.g. "1 2 5 10 20" 3 5 2
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd); shared=$here/../shared
list=${1:-1 2 5 10 20}; seeds=${2:-3}; epochs=${3:-5}; partitions=${4:-2}
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
/usr/bin/python3 "$shared/bench/normalize.py" < "$shared/data/brown.txt" > "$D/brown.txt"
printf '# Brown, %s epochs, %s partitions, local[%s], seeds 1..%s\n' "$epochs" "$partitions" "$partitions" "$seeds"
for r in $list; do
  for seed in $(seq "$seeds"); do
    start=$(date +%s.%N)
    "$here/cbow" spark "$D/brown.txt" --loss ns --master "local[$partitions]" --partitions "$partitions" --rounds "$r" \
      --epochs "$epochs" --seed "$seed" -q --format word2vec -o "$D/v.txt"
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    printf 'rounds=%s seed=%s wall_s=%.1f %s\n' "$r" "$seed" "$wall" \
      "$(/usr/bin/python3 "$shared/bench/evalvec.py" "$D/v.txt" "$shared/data" | tail -1)"
  done
done
