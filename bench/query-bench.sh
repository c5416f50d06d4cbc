#!/usr/bin/env bash
# Nearest-neighbour queries over 100,000 x 300 vectors on one thread: cbow (JMH,
# NearestNeighboursBenchmark) against gensim's most_similar on the same file, in the same run.
# usage: bench/query-bench.sh [WORDS DIM]    (needs /usr/bin/python3 with gensim and numpy)
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-100000}"; dim="${2:-300}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
vectors="$work/vectors.bin"
/usr/bin/python3 bench/make-vectors.py "$words" "$dim" "$vectors"
mvn -q -o -B -DskipTests test-compile
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp.txt")"
echo "== cbow: NearestNeighbours, 1 thread (JMH)"
java -cp "$cp" org.openjdk.jmh.Main NearestNeighboursBenchmark \
  -jvmArgsAppend "--add-modules jdk.incubator.vector -Xmx2g -Dcbow.bench.vectors=$vectors" \
  -rf json -rff "$work/jmh.json" | grep -E "^(Benchmark|NearestNeighbours)"
echo "== gensim: KeyedVectors.most_similar, 1 thread (OpenBLAS and OpenMP held to one thread)"
# numpy's OpenBLAS as it comes (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset: a machine that pins an
# older kernel through them would slow gensim); the kernel it then runs is printed
gensim_ms="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \
  /usr/bin/python3 bench/gensim-most-similar.py "$vectors")"
/usr/bin/python3 - "$work/jmh.json" "$gensim_ms" <<'PY'
import json, sys
gensim = float(sys.argv[2])
for run in json.load(open(sys.argv[1])):
    ms = run["primaryMetric"]["score"]
    print(f"cbow ({run['params']['scan']}) {ms:.3f} ms a query, gensim {gensim:.3f} ms a query: cbow is {gensim / ms:.2f}x faster")
PY
