#!/usr/bin/env python3
"""Write a word2vec binary file of random vectors, for load-time benchmarks.
usage: make-vectors.py WORDS DIM OUT.bin [VOCAB_SOURCE.txt]
Words come from VOCAB_SOURCE (a word2vec text file: its words, in order) and then w000123-style
fillers; vectors are normal(0, 0.3), float32, seeded."""
import sys, numpy as np
n, dim, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
words = []
if len(sys.argv) > 4:
    with open(sys.argv[4], encoding="utf8") as f:
        next(f)
        words = [line.split(" ", 1)[0] for line in f][:n]
words += [f"w{i:07d}" for i in range(n - len(words))]
v = np.random.default_rng(1).normal(0, 0.3, (n, dim)).astype("<f4")
with open(out, "wb") as f:
    f.write(f"{n} {dim}\n".encode())
    for w, row in zip(words, v):
        f.write(w.encode() + b" " + row.tobytes() + b"\n")
