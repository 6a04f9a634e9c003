#!/usr/bin/env python3
"""Truncate a BERT-architecture sentence-embedding GGUF to its first N layers.

Reads a GGUF file (e.g. all-MiniLM-L6-v2 q8_0) with ``gguf.GGUFReader`` and
writes a copy with ``gguf.GGUFWriter`` that:

* keeps every metadata key/value with its original type (arrays included),
  except ``<arch>.block_count`` (set to N) and ``general.name`` (updated to
  say how many layers were kept);
* keeps every tensor except those of blocks ``blk.N.*`` and above; tensor
  data and types are copied unchanged, so quantized (e.g. q8_0) tensors keep
  their raw bytes and logical shape.

The field-copying approach mirrors gguf-py's ``gguf_new_metadata.py``.

Usage::

    python scripts/truncate_embedder.py \\
        resources/safety/minilm-l6-v2-q8_0.gguf \\
        resources/safety/minilm-l3-q8_0.gguf --layers 3

Needs the PyPI ``gguf`` and ``numpy`` packages.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import gguf

_BLOCK_RE = re.compile(r"^blk\.(\d+)\.")


def field_value(reader: gguf.GGUFReader, key: str) -> Any:
    """Return the decoded contents of a metadata field, or None if absent."""
    field = reader.get_field(key)
    return field.contents() if field is not None else None


def keep_tensor(name: str, n_layers: int) -> bool:
    """True if the tensor is not part of a block with index >= n_layers."""
    m = _BLOCK_RE.match(name)
    return m is None or int(m.group(1)) < n_layers


def truncate(src: Path, dst: Path, n_layers: int, name: str | None = None) -> None:
    """Write ``dst``: a copy of ``src`` keeping only the first ``n_layers`` blocks."""
    reader = gguf.GGUFReader(src, "r")

    arch = field_value(reader, gguf.Keys.General.ARCHITECTURE)
    if not isinstance(arch, str):
        raise ValueError(f"{src}: no general.architecture")
    block_count_key = gguf.Keys.LLM.BLOCK_COUNT.format(arch=arch)
    old_blocks = field_value(reader, block_count_key)
    if old_blocks is None:
        raise ValueError(f"{src}: no {block_count_key}")
    if not 1 <= n_layers <= int(old_blocks):
        raise ValueError(f"--layers must be in 1..{old_blocks}, got {n_layers}")

    if name is None:
        old_name = field_value(reader, gguf.Keys.General.NAME) or src.stem
        name = f"{old_name} (first {n_layers} layers)"

    overrides: dict[str, Any] = {
        block_count_key: n_layers,
        gguf.Keys.General.NAME: name,
    }

    writer = gguf.GGUFWriter(dst, arch=arch, endianess=reader.endianess)
    alignment = field_value(reader, gguf.Keys.General.ALIGNMENT)
    if alignment is not None:
        writer.data_alignment = int(alignment)

    for field in reader.fields.values():
        # general.architecture is written by GGUFWriter itself; GGUF.* are
        # virtual header fields of the reader.
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        val_type = field.types[0]
        sub_type = field.types[-1] if val_type == gguf.GGUFValueType.ARRAY else None
        value = overrides.pop(field.name, field.contents())
        writer.add_key_value(field.name, value, val_type, sub_type=sub_type)

    # general.name absent from the source: add it.
    for key, value in overrides.items():
        if key == gguf.Keys.General.NAME:
            writer.add_key_value(key, value, gguf.GGUFValueType.STRING)
        else:  # block_count was checked above, so this cannot happen
            raise AssertionError(key)

    kept = [t for t in reader.tensors if keep_tensor(t.name, n_layers)]
    for t in kept:
        # For quantized types the reader exposes the raw bytes (uint8, byte
        # shape); passing raw_dtype lets the writer recover the logical shape.
        writer.add_tensor_info(t.name, t.data.shape, t.data.dtype, t.data.nbytes, t.tensor_type)

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for t in kept:
        writer.write_tensor_data(t.data, tensor_endianess=reader.endianess)
    writer.close()

    print(
        f"{dst}: {n_layers}/{old_blocks} blocks, "
        f"{len(kept)}/{len(reader.tensors)} tensors, {dst.stat().st_size} bytes",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path, help="source GGUF (BERT-style embedder)")
    parser.add_argument("output", type=Path, help="destination GGUF")
    parser.add_argument("--layers", type=int, default=3, help="number of leading blocks to keep (default 3)")
    parser.add_argument("--name", type=str, default=None, help="general.name for the output (default: '<old name> (first N layers)')")
    args = parser.parse_args(argv)
    if args.output.resolve() == args.input.resolve():
        parser.error("output must differ from input")
    truncate(args.input, args.output, args.layers, args.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
