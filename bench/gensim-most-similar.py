#!/usr/bin/env python3
"""Milliseconds per gensim KeyedVectors.most_similar(word, topn=10) query, the same 200 query
words as cbow's NearestNeighboursBenchmark (ids 0, 97, 194, ... modulo the size); vectors
normalized once before timing, as cbow's are. usage: gensim-most-similar.py VECTORS.bin"""
import sys, time
from gensim.models import KeyedVectors
kv = KeyedVectors.load_word2vec_format(sys.argv[1], binary=True)
kv.fill_norms()
words = [kv.index_to_key[i * 97 % len(kv)] for i in range(200)]
for w in words[:20]:
    kv.most_similar(w, topn=10)  # warm-up
passes = []
for _ in range(5):  # the mean of 5 passes over the 200 queries, as JMH's 5 measured iterations
    start = time.perf_counter()
    for w in words:
        kv.most_similar(w, topn=10)
    passes.append((time.perf_counter() - start) / len(words) * 1000)
import ctypes  # which OpenBLAS kernel numpy runs, on standard error
for path in sorted({line.split()[-1] for line in open("/proc/self/maps") if "libopenblas" in line}):
    corename = ctypes.CDLL(path).openblas_get_corename
    corename.restype = ctypes.c_char_p
    print(f"gensim's OpenBLAS kernel: {corename().decode()} ({path})", file=sys.stderr)
print(f"{sum(passes) / len(passes):.4f}")
