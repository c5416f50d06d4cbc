#!/usr/bin/env bash
# cbow train --loss ns --subwords 3-6 against fastText cbow (minn 3, maxn 6) on Brown, side by side in
# one run: dim 100, window 5, 5 negatives, sample 1e-3, min-count 5, 5 epochs, seeds 1-3, at 1 and 2
# threads. Prints one row per run (whole-process wall time and peak RSS from /usr/bin/time -v, WS-353,
# analogy accuracy in total, syntactic (gram* sections) and semantic, all scored by `cbow evaluate`
# on the words' vectors, which agrees with gensim), then the unseen-words experiment
# (bench/subwords-unseen.py).
# usage: bench/compare-subwords.sh [OUTDIR]      (needs fasttext, python3 with numpy and gensim)
# CBOW names the command to run cbow (default: a copy of target/cbow.jar, so that a rebuild during the
# run changes nothing); SEEDS and THREADS override "1 2 3" and "2 1"; SKIP_UNSEEN=1 skips the unseen words.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA:-$here/../shared/data}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
if [ -z "${CBOW:-}" ]; then
  (cd "$here" && ./cbow --version >/dev/null)   # builds the jar if needed
  cp "$here/target/cbow.jar" "$out/cbow.jar"
  CBOW="java --add-modules jdk.incubator.vector -XX:+UseSerialGC -Xms16m -XX:MaxNewSize=32m -jar $out/cbow.jar"
fi
py=/usr/bin/python3
$py "$here/../shared/bench/normalize.py" < "$data/brown.txt" > "$out/brown.lc.txt"
timed() { # name, command...: runs it, appends "wall rss" to $out/NAME.time
  local name=$1; shift
  /usr/bin/time -v "$@" >"$out/$name.log" 2>&1
  awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; w=s}
              /Maximum resident set size/{r=$2} END{printf "%.2f %.0f\n", w, r/1024}' "$out/$name.log" > "$out/$name.time"
}
score() { # vectors file -> "ws353 analogy syntactic semantic"
  $CBOW evaluate -e "$1" --pairs "$data/wordsim353.tsv" --analogies "$data/questions-words.txt" 2>/dev/null \
    | awk -F'\t' '$1=="spearman"{ws=$2} $1 ~ /^gram/ {split($3,a,"/"); sc+=a[1]; sn+=a[2]}
                  $1 !~ /^gram/ && $3 ~ /\// && $1!="total" {split($3,a,"/"); mc+=a[1]; mn+=a[2]}
                  $1=="total"{split($3,a,"/"); tc=a[1]; tn=a[2]}
                  END{printf "%.4f %.2f %.2f %.2f\n", ws, 100*tc/tn, 100*sc/sn, 100*mc/mn}'
}
printf "trainer\tthreads\tseed\twall_s\trss_mb\tws353\tanalogy%%\tsyntactic%%\tsemantic%%\n" | tee "$out/results.tsv"
for threads in ${THREADS:-2 1}; do
  for seed in ${SEEDS:-1 2 3}; do
    name=ft-t$threads-s$seed
    timed "$name" fasttext cbow -input "$out/brown.lc.txt" -output "$out/$name" -dim 100 -ws 5 -neg 5 -loss ns \
      -t 1e-3 -minCount 5 -epoch 5 -thread "$threads" -minn 3 -maxn 6 -seed "$seed" -verbose 0
    printf "fasttext\t%s\t%s\t%s\t%s\n" "$threads" "$seed" "$(tr ' ' '\t' < "$out/$name.time")" \
      "$(score "$out/$name.vec" | tr ' ' '\t')" | tee -a "$out/results.tsv"
    [ "$threads-$seed" = "2-1" ] || rm -f "$out/$name.bin"
    name=cbow-t$threads-s$seed
    timed "$name" $CBOW train "$out/brown.lc.txt" -o "$out/$name.json" --loss ns --subwords 3-6 --dim 100 --window 5 \
      --negative 5 --sample 1e-3 --min-count 5 --epochs 5 --threads "$threads" --seed "$seed" -q
    printf "cbow\t%s\t%s\t%s\t%s\n" "$threads" "$seed" "$(tr ' ' '\t' < "$out/$name.time")" \
      "$(score "$out/$name.json" | tr ' ' '\t')" | tee -a "$out/results.tsv"
    [ "$threads-$seed" = "2-1" ] || rm -f "$out/$name.model"
  done
  # the unseen-words experiment needs the seed-1, 2-thread runs: run it as soon as they exist
  if [ "$threads" = 2 ] && [ -z "${SKIP_UNSEEN:-}" ]; then CBOW="$CBOW" "$here/bench/subwords-unseen.sh" "$out"; fi
done
# medians per trainer and thread count, and cbow's speed ratio
$py - "$out/results.tsv" <<'PY' | tee "$out/medians.tsv"
import sys, statistics as st, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
g = collections.defaultdict(list)
for r in rows:
    g[(r[0], r[1])].append([float(x) for x in r[3:]])
print("trainer\tthreads\twall_s\trss_mb\tws353\tanalogy%\tsyntactic%\tsemantic%\t(medians of seeds)")
for k in sorted(g):
    cols = list(zip(*g[k]))
    print("\t".join([k[0], k[1]] + [f"{st.median(c):.4g}" for c in cols]))
for t in sorted({k[1] for k in g}):
    if ("fasttext", t) in g and ("cbow", t) in g:
        ft = st.median(r[0] for r in g[("fasttext", t)]); cb = st.median(r[0] for r in g[("cbow", t)])
        print(f"speed ratio at {t} thread(s): fastText wall / cbow wall = {ft / cb:.2f}")
PY
