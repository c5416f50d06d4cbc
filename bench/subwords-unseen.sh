#!/usr/bin/env bash
# Unseen words: 100 words of middling frequency are removed from Brown, cbow (--subwords 3-6) and
# fastText (minn 3, maxn 6) train on the rest (seed 1, 2 threads, the settings of
# compare-subwords.sh), and each removed word's vector built from its n-grams is compared with its
# vector from the seed-1, 2-thread run that saw it (made by compare-subwords.sh in OUTDIR).
# usage: bench/subwords-unseen.sh OUTDIR   (CBOW as in compare-subwords.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$1
py=/usr/bin/python3
CBOW=${CBOW:-$here/cbow}
# 100 words seen 20 to 100 times, letters only, 5+ letters: every k-th of them by frequency
$py - "$out/brown.lc.txt" "$out/unseen-words.txt" <<'PY'
import sys, collections, re
c = collections.Counter(t for l in open(sys.argv[1]) for t in l.split())
pool = sorted((w for w, n in c.items() if 20 <= n <= 100 and re.fullmatch(r"[a-z]{5,}", w)), key=lambda w: (-c[w], w))
step = len(pool) / 100
open(sys.argv[2], "w").write("".join(pool[int(i * step)] + "\n" for i in range(100)))
PY
$py - "$out/brown.lc.txt" "$out/unseen-words.txt" "$out/brown.minus.txt" <<'PY'
import sys
drop = set(open(sys.argv[2]).read().split())
with open(sys.argv[3], "w") as f:
    for l in open(sys.argv[1]):
        t = [w for w in l.split() if w not in drop]
        if t:
            f.write(" ".join(t) + "\n")
PY
fasttext cbow -input "$out/brown.minus.txt" -output "$out/ft-minus" -dim 100 -ws 5 -neg 5 -loss ns -t 1e-3 \
  -minCount 5 -epoch 5 -thread 2 -minn 3 -maxn 6 -seed 1 -verbose 0
fasttext print-word-vectors "$out/ft-minus.bin" < "$out/unseen-words.txt" > "$out/ft-minus.unseen.txt"
$CBOW train "$out/brown.minus.txt" -o "$out/cbow-minus.json" --loss ns --subwords 3-6 --epochs 5 --threads 2 --seed 1 -q
$CBOW print-vectors -e "$out/cbow-minus.model" < "$out/unseen-words.txt" > "$out/cbow-minus.unseen.txt"
$CBOW export -e "$out/cbow-minus.json" --format word2vec -o "$out/cbow-minus.txt"
$CBOW export -e "$out/cbow-t2-s1.json" --format word2vec -o "$out/cbow-t2-s1.txt"
$py "$here/bench/subwords-unseen.py" "$out/unseen-words.txt" \
  fastText "$out/ft-t2-s1.vec" "$out/ft-minus.vec" "$out/ft-minus.unseen.txt" \
  cbow "$out/cbow-t2-s1.txt" "$out/cbow-minus.txt" "$out/cbow-minus.unseen.txt" | tee "$out/unseen.tsv"
rm -f "$out/ft-minus.bin"
