#!/usr/bin/env python3
"""Planted-group recovery of vectors trained on a corpus from cbow.synthetic.ScaleCorpus.

Reads word2vec text vectors (cbow export, fastText .vec), keeps the planted words g<group>m<member>,
and reports the share of each one's GROUP_SIZE - 1 nearest planted words (cosine) that are in its own
group: 1.0 is perfect, about 1/GROUPS is chance.
usage: planted_recovery.py VECTORS.txt
"""
import re
import sys

import numpy as np

PLANTED = re.compile(r"^g(\d+)m(\d+)$")


def main(path):
    words, groups, rows = [], [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline().split()
        if len(first) != 2:  # no header: the first line is a vector
            f.seek(0)
        for line in f:
            parts = line.rstrip().split(" ")
            m = PLANTED.match(parts[0])
            if m:
                words.append(parts[0])
                groups.append(int(m.group(1)))
                rows.append([float(x) for x in parts[1:]])
    if len(words) < 4:
        print("planted words found: %d (too few to score)" % len(words))
        return 1
    x = np.array(rows, dtype=np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    sims = x @ x.T
    np.fill_diagonal(sims, -np.inf)
    groups = np.array(groups)
    size = max(np.bincount(groups))
    hits = 0
    total = 0
    for i in range(len(words)):
        nearest = np.argsort(-sims[i])[: size - 1]
        hits += int(np.sum(groups[nearest] == groups[i]))
        total += size - 1
    print("planted recovery %.3f (%d of %d neighbours in the own group, %d planted words)"
          % (hits / total, hits, total, len(words)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
