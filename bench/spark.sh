#!/usr/bin/env bash
# cbow on Spark against Spark MLlib's Word2Vec and against cbow train, side by side in one run.
# Starts a Spark standalone cluster on 127.0.0.1 from the jars Maven resolved (target/spark.classpath):
# a master and two workers of one core each (separate JVMs), and runs on it, for each seed:
#   mllib-1it   MLlib Word2Vec with its defaults (1 iteration, 1 partition)
#   mllib-Eit   MLlib Word2Vec, E iterations, 2 partitions
#   spark-ns-P  cbow spark --loss ns, E epochs, P partitions (2 and 8), R rounds an epoch
# and on this machine alone cbow train --loss ns --threads 2, E epochs (the same options otherwise).
# One row a run: wall s (whole application: Spark start-up included), the driver's peak RSS,
# WS-353 and analogy accuracy (../shared/bench/evalvec.py on word2vec text); then the medians.
# usage: [MLLIB=0] [PARTITIONS="2 8"] bench/spark.sh [CORPUS] [SEEDS] [EPOCHS] [ROUNDS]   (CORPUS default: Brown, normalized)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd); shared=$here/../shared
SEEDS=${2:-1}; EP=${3:-5}; ROUNDS=${4:-10}
D=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 -- "-$p" 2>/dev/null || true; done; rm -rf "$D"; }
trap cleanup EXIT
if [ -n "${1:-}" ]; then corpus=$1; else
  corpus=$D/brown.txt; /usr/bin/python3 "$shared/bench/normalize.py" < "$shared/data/brown.txt" > "$corpus"; fi
tokens=$(wc -w < "$corpus")
"$here/cbow" --version >/dev/null   # builds target/cbow.jar and target/spark.classpath, outside the timings
[ -f "$here/target/spark.classpath" ] || (cd "$here" && mvn -q -B generate-resources >/dev/null)
cp=$(cat "$here/target/spark.classpath"); mapfile -t opts < <(grep -v '^#' "$here/src/main/spark/java-options")
log4j=-Dlog4j2.configurationFile=$here/src/main/spark/log4j2.properties
export SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13 SPARK_HOME=$D/spark-home
mkdir -p "$SPARK_HOME/jars"; tr ':' '\n' <<< "$cp" | while read -r j; do ln -sf "$j" "$SPARK_HOME/jars/"; done
port=$((20000 + RANDOM % 20000)); web=$((port + 1))
setsid java "${opts[@]}" "$log4j" -Xmx256m -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
  --port $port --webui-port $web > "$D/master.log" 2>&1 & pids+=($!)
for w in 1 2; do
  setsid java "${opts[@]}" "$log4j" -Xmx256m -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
    --memory 2g --work-dir "$D/worker-$w" --webui-port $((web + w)) spark://127.0.0.1:$port > "$D/worker-$w.log" 2>&1 & pids+=($!)
done
for _ in $(seq 240); do
  curl -s "http://127.0.0.1:$web/json/" 2>/dev/null | grep -q '"aliveworkers" *: *2' && break; sleep 0.5
done
curl -s "http://127.0.0.1:$web/json/" | grep -q '"aliveworkers" *: *2' || { echo "the cluster did not start" >&2; cat "$D"/*.log >&2; exit 1; }
conf=(-Dspark.master=spark://127.0.0.1:$port -Dspark.jars="$here/target/cbow.jar" -Dspark.executor.memory=1g
      -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1)
printf '# %s: %s tokens, %s epochs, %s rounds an epoch, seeds 1..%s, %s\n' "$(basename "$corpus")" "$tokens" "$EP" "$ROUNDS" "$SEEDS" "$(date -u +%FT%TZ)"
row() { # name seed vectors.txt time-file
  local wall rss score
  wall=$(sed -n 's/.*wall=\([0-9.]*\).*/\1/p' "$4"); rss=$(sed -n 's/.*rss_kb=\([0-9]*\).*/\1/p' "$4")
  score=$(/usr/bin/python3 "$shared/bench/evalvec.py" "$3" "$shared/data" 2>/dev/null | tail -1)
  printf '%-12s seed=%s wall_s=%-7s driver_rss_mb=%-5d %s\n' "$1" "$2" "$wall" "$((rss / 1024))" "$score" | tee -a "$D/rows"
}
timed() { local out=$1; shift; /usr/bin/time -f "wall=%e rss_kb=%M" -o "$out" "$@" > "$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; }; }
spark_java=(java "${opts[@]}" "$log4j" -XX:+UseSerialGC -Xmx2g "${conf[@]}" -cp "$cp:$here/target/cbow.jar")
for seed in $(seq "$SEEDS"); do
  if [ "${MLLIB:-1}" = 1 ]; then   # MLLIB=0 skips the MLlib rows
  timed "$D/m1.time" "${spark_java[@]}" cbow.spark.MllibBaseline "$corpus" "$D/m1.txt" 1 1 "$seed"
  row mllib-1it "$seed" "$D/m1.txt" "$D/m1.time"
  timed "$D/me.time" "${spark_java[@]}" cbow.spark.MllibBaseline "$corpus" "$D/me.txt" "$EP" 2 "$seed"
  row "mllib-${EP}it" "$seed" "$D/me.txt" "$D/me.time"
  fi
  for p in ${PARTITIONS:-2 8}; do
    timed "$D/s$p.time" "${spark_java[@]}" --add-modules jdk.incubator.vector cbow.cli.Main spark "$corpus" --loss ns \
      --epochs "$EP" --seed "$seed" --partitions $p --rounds "$ROUNDS" -o "$D/s$p.json"
    "$here/cbow" export -e "$D/s$p.json" --format word2vec -o "$D/s$p.txt"
    row "spark-ns-$p" "$seed" "$D/s$p.txt" "$D/s$p.time"
  done
  timed "$D/t.time" "$here/cbow" train "$corpus" --loss ns --epochs "$EP" --seed "$seed" --threads 2 -o "$D/t.json"
  "$here/cbow" export -e "$D/t.json" --format word2vec -o "$D/t.txt"
  row train-ns-2t "$seed" "$D/t.txt" "$D/t.time"
done
echo "# medians over the seeds"
/usr/bin/python3 - "$D/rows" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    values = {k: float(v) for k, v in re.findall(r'(\w+)=(-?[0-9.]+)', line) if k != 'seed'}
    rows.setdefault(line.split()[0], []).append(values)
for name, runs in rows.items():
    keys = [k for k in runs[0] if all(k in r for r in runs)]
    print(f"{name:12s} runs={len(runs)} " + " ".join(f"{k}={statistics.median(r[k] for r in runs):g}" for k in keys))
PY
