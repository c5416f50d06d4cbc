#!/bin/sh
# One ablation run of the exact model on Brown: trains with the given options (a checkpoint at the
# end), scores the input, output and averaged vectors with evalvec.py, appends a line to the log.
#   usage: bench/ablate.sh NAME [cbow train options...]
set -e
name=$1; shift
dir=${ABLATE_DIR:-/tmp/ablate}; mkdir -p "$dir"
data=${DATA:-../shared/data}
log=${ABLATE_LOG:-bench/ablation.log}
start=$(date +%s)
./cbow train "$data/brown.txt" -o "$dir/$name.json" --checkpoint "$dir/$name.ckpt" --checkpoint-every 100000000 "$@" 2> "$dir/$name.err"
end=$(date +%s)
loss=$(grep -o 'final loss [0-9.]*' "$dir/$name.err" | awk '{print $3}')
/usr/bin/python3 bench/checkpoint-vectors.py "$dir/$name.ckpt" "$dir/$name"
for v in input output average; do
  score=$(/usr/bin/python3 /work/shared/bench/evalvec.py "$dir/$name.$v.txt" "$data" 2>/dev/null)
  echo "$name | $* | vectors=$v | loss=$loss | $score | ${end}-${start}=$((end-start))s" | tee -a "$log"
done
rm -f "$dir/$name".*.txt
