"""The Merkle tree against the RFC 6962 vectors from transparency-dev/merkle, and proofs we generate."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from app.audit.merkle import (
    EMPTY_ROOT,
    MerkleAccumulator,
    MerkleTree,
    ProofError,
    leaf_hash,
    root_of,
    verify_consistency,
    verify_inclusion,
)

VECTORS = Path(__file__).parents[2] / "shared" / "eval" / "merkle"
needs_vectors = pytest.mark.skipif(not VECTORS.is_dir(), reason=f"the Merkle test vectors are not at {VECTORS}")


def vector_files(kind: str) -> list[Path]:
    return sorted((VECTORS / kind).glob("*/*.json")) if VECTORS.is_dir() else []


def b64(values: list[str] | None) -> list[bytes]:
    """A proof list from the vectors; Go writes an empty proof as null."""
    return [base64.b64decode(v) for v in values or []]


def reference_tree() -> dict:
    return json.loads((VECTORS / "reference_tree.json").read_text())


@needs_vectors
def test_the_vector_folders_hold_many_cases() -> None:
    assert len(vector_files("inclusion")) > 50
    assert len(vector_files("consistency")) > 50


@needs_vectors
@pytest.mark.parametrize("path", vector_files("inclusion"), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_inclusion_vector(path: Path) -> None:
    case = json.loads(path.read_text())
    args = (case["leafIdx"], case["treeSize"], base64.b64decode(case["leafHash"] or ""), b64(case["proof"]),
            base64.b64decode(case["root"] or ""))
    if case["wantErr"]:
        with pytest.raises(ProofError):
            verify_inclusion(*args)
    else:
        verify_inclusion(*args)


@needs_vectors
@pytest.mark.parametrize("path", vector_files("consistency"), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_consistency_vector(path: Path) -> None:
    case = json.loads(path.read_text())
    args = (case["size1"], case["size2"], b64(case["proof"]), base64.b64decode(case["root1"]),
            base64.b64decode(case["root2"]))
    if case["wantErr"]:
        with pytest.raises(ProofError):
            verify_consistency(*args)
    else:
        verify_consistency(*args)


@needs_vectors
def test_reference_tree_leaf_hashes_and_every_prefix_root() -> None:
    ref = reference_tree()
    leaves = [leaf_hash(bytes.fromhex(data)) for data in ref["leaf_inputs"]]
    assert [h.hex() for h in leaves] == ref["leaf_hashes"]
    accumulator = MerkleAccumulator()
    assert accumulator.root().hex() == ref["root_hashes"][0] == EMPTY_ROOT.hex()
    for size in range(1, len(leaves) + 1):
        accumulator.append(leaves[size - 1])
        assert root_of(leaves[:size]).hex() == ref["root_hashes"][size]
        assert accumulator.root().hex() == ref["root_hashes"][size]
        assert MerkleTree(leaves[:size]).root().hex() == ref["root_hashes"][size]


def test_generated_proofs_verify_for_every_leaf_and_prefix() -> None:
    leaves = [leaf_hash(str(i).encode()) for i in range(33)]
    for size in range(1, len(leaves) + 1):
        tree = MerkleTree(leaves[:size])
        for index in range(size):
            verify_inclusion(index, size, leaves[index], tree.inclusion_proof(index), tree.root())
        for old in range(1, size + 1):
            verify_consistency(old, size, tree.consistency_proof(old), root_of(leaves[:old]), tree.root())


def test_a_proof_for_another_leaf_or_a_changed_root_fails() -> None:
    leaves = [leaf_hash(bytes([i])) for i in range(11)]
    tree = MerkleTree(leaves)
    with pytest.raises(ProofError):
        verify_inclusion(3, 11, leaves[4], tree.inclusion_proof(3), tree.root())
    with pytest.raises(ProofError):
        verify_consistency(5, 11, tree.consistency_proof(5), root_of(leaves[:6]), tree.root())


def test_accumulator_matches_recursive_definition_on_large_tree() -> None:
    leaves = [leaf_hash(i.to_bytes(4, "big")) for i in range(1000)]
    assert MerkleAccumulator(leaves).root() == root_of(leaves) == MerkleTree(leaves).root()
