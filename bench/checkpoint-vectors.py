#!/usr/bin/env python3
"""Write the input (W1^T), output (W2) and averaged vectors of a cbow checkpoint (format version 2 or 3)
as word2vec text files PREFIX.input.txt, PREFIX.output.txt, PREFIX.average.txt, so that one training
run scores all three choices of --vectors.   usage: checkpoint-vectors.py CHECKPOINT PREFIX"""
import struct, sys
import numpy as np

data = open(sys.argv[1], "rb").read()
pos = 0
def take(fmt):
    global pos
    v = struct.unpack_from(">" + fmt, data, pos); pos += struct.calcsize(">" + fmt); return v[0]
def utf():
    global pos
    n = take("H"); s = data[pos:pos + n].decode("utf-8", "replace"); pos += n; return s
assert data[:8] == b"CBOWCKPT"; pos = 8
version = take("i")
assert version in (2, 3), "checkpoint format version 2 or 3 expected"
dim = take("i"); take("i"); take("q"); take("i"); take("i"); take("d"); take("i"); take("q")
utf(); take("i"); take("d"); utf(); take("i"); utf(); utf(); utf()
if version >= 3:
    take("?")  # fixed_window
take("i"); take("q")
v = take("i")
words = []
for _ in range(v):
    words.append(utf()); take("q")
take("i"); take("i"); take("q"); take("d"); take("q"); take("d"); take("q")
n = take("i"); pos += 8 * n
n = take("i"); pos += 16 * n
def floats(n):
    global pos
    a = np.frombuffer(data, dtype=">f4", count=n, offset=pos); pos += 4 * n; return a.astype(np.float32)
w1 = floats(dim * v).reshape(dim, v); floats(dim)
w2 = floats(v * dim).reshape(v, dim); floats(v)
for name, m in (("input", w1.T), ("output", w2), ("average", (w1.T + w2) / 2)):
    with open(f"{sys.argv[2]}.{name}.txt", "w") as f:
        f.write(f"{v} {dim}\n")
        for w, row in zip(words, m):
            f.write(w + " " + " ".join(f"{x:.6g}" for x in row) + "\n")
