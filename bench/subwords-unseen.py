#!/usr/bin/env python3
"""Compare unseen words' n-gram vectors with their vectors from a run that saw them.
usage: subwords-unseen.py WORDS [NAME FULL.vec MINUS.vec MINUS-UNSEEN.txt]...
FULL.vec: word2vec text of the run that saw the words; MINUS.vec: the run without them; MINUS-UNSEEN:
"word v1 ... vN" lines, each word's vector built from its n-grams by the run without them.
Two runs' spaces differ by a rotation, so the minus run is first mapped onto the full run by the
orthogonal Procrustes solution over the words both share (the unseen words left out); the cosine is
taken after that. Because vectors of one run share common directions, any two words have some cosine:
the baseline column is the mean aligned cosine of each built vector with the full-run vector of a
random other shared word, the level a cosine must rise above to mean anything. Neighbour overlap needs no mapping: the share of the 10 nearest words (among the
shared words) that the unseen word's vector and its full-run vector have in common."""
import sys
import numpy as np

def read(path, header=True):
    vecs = {}
    with open(path, encoding="utf-8") as f:
        if header:
            next(f)
        for line in f:
            p = line.rstrip().split(" ")
            if len(p) > 2:
                vecs[p[0]] = np.array(p[1:], dtype=np.float64)
    return vecs

def unit(m):
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(n == 0, 1, n)

words = open(sys.argv[1]).read().split()
print("trainer\tunseen words\tmean cosine (aligned)\tmedian cosine\tbaseline: random word\t10-NN overlap\tfull-run words found")
rng = np.random.default_rng(1)
args = sys.argv[2:]
for i in range(0, len(args), 4):
    name, full, minus, unseen = args[i:i + 4]
    F, M, U = read(full), read(minus), read(unseen, header=False)
    held = set(words)
    shared = [w for w in F if w in M and w not in held]
    A = unit(np.array([M[w] for w in shared]))
    B = unit(np.array([F[w] for w in shared]))
    u, _, vt = np.linalg.svd(A.T @ B)
    R = u @ vt  # minus space -> full space
    cos, overlap, base = [], [], []
    for w in words:
        if w not in F or w not in U or not np.any(U[w]):
            continue
        x = U[w] / np.linalg.norm(U[w]); y = F[w] / np.linalg.norm(F[w])
        cos.append(float((x @ R) @ y))
        base.append(float((x @ R) @ B[rng.integers(len(shared))]))
        nx = set(np.argsort(-(A @ x))[:10]); ny = set(np.argsort(-(B @ y))[:10])
        overlap.append(len(nx & ny) / 10)
    print(f"{name}\t{len(cos)}\t{np.mean(cos):.3f}\t{np.median(cos):.3f}\t{np.mean(base):.3f}\t{np.mean(overlap):.3f}\t{sum(w in F for w in words)}")
