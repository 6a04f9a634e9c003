"""RFC 6962 / RFC 9162 Merkle tree hashing, inclusion proofs and consistency proofs.

leaf = SHA-256(0x00 ‖ data), node = SHA-256(0x01 ‖ left ‖ right); the tree of
n leaves splits at the largest power of two below n, which is the same as
building it level by level and carrying an unpaired last node up unchanged.
Verification follows RFC 9162 §2.1.3.2 and §2.1.4.2.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"


class ProofError(ValueError):
    """A Merkle proof does not verify; the message says why."""


def leaf_hash(data: bytes) -> bytes:
    """The RFC 6962 hash of one leaf's data."""
    return hashlib.sha256(_LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The RFC 6962 hash of an interior node."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


def _next_level(level: Sequence[bytes]) -> list[bytes]:
    paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
    if len(level) % 2:
        paired.append(level[-1])
    return paired


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """The root of the tree whose leaves have these hashes (the empty root for none)."""
    if not leaf_hashes:
        return EMPTY_ROOT
    level = list(leaf_hashes)
    while len(level) > 1:
        level = _next_level(level)
    return level[0]


class MerkleAccumulator:
    """A growing tree kept as the roots of its perfect subtrees (a compact range from 0)."""

    def __init__(self, leaf_hashes: Iterable[bytes] = ()) -> None:
        self.size = 0
        self._subtrees: list[tuple[int, bytes]] = []
        for leaf in leaf_hashes:
            self.append(leaf)

    def append(self, leaf: bytes) -> None:
        """Add one leaf hash at the right edge."""
        self.size += 1
        subtrees = self._subtrees
        subtrees.append((1, leaf))
        while len(subtrees) > 1 and subtrees[-1][0] == subtrees[-2][0]:
            size, right = subtrees.pop()
            _, left = subtrees.pop()
            subtrees.append((size * 2, node_hash(left, right)))

    def root(self) -> bytes:
        """The root of the tree of every leaf appended so far."""
        if not self._subtrees:
            return EMPTY_ROOT
        root = self._subtrees[-1][1]
        for _, left in reversed(self._subtrees[:-1]):
            root = node_hash(left, root)
        return root


class MerkleTree:
    """A fixed tree with every level kept, for generating many proofs cheaply."""

    def __init__(self, leaf_hashes: Sequence[bytes]) -> None:
        self.size = len(leaf_hashes)
        self._levels: list[list[bytes]] = [list(leaf_hashes)]
        while len(self._levels[-1]) > 1:
            self._levels.append(_next_level(self._levels[-1]))

    def root(self) -> bytes:
        return self._levels[-1][0] if self.size else EMPTY_ROOT

    def inclusion_proof(self, index: int) -> list[bytes]:
        """The audit path for leaf ``index`` in the whole tree (RFC 6962 §2.1.1)."""
        if not 0 <= index < self.size:
            raise IndexError(f"leaf {index} is not in a tree of {self.size}")
        proof = []
        for level in self._levels[:-1]:
            sibling = index ^ 1
            if sibling < len(level):
                proof.append(level[sibling])
            index >>= 1
        return proof

    def subtree_root(self, start: int, end: int) -> bytes:
        """The root of leaves ``start..end-1``, where ``start`` is aligned as in the RFC recursion."""
        count = end - start
        if count <= 0:
            raise ValueError("an empty range has no subtree root")
        height = count.bit_length() - 1
        if count == 1 << height and start % count == 0:
            return self._levels[height][start >> height]
        split = _largest_power_of_two_below(count)
        return node_hash(self.subtree_root(start, start + split), self.subtree_root(start + split, end))

    def consistency_proof(self, old_size: int) -> list[bytes]:
        """The proof that the first ``old_size`` leaves are a prefix of this tree (RFC 6962 §2.1.2)."""
        if not 0 < old_size <= self.size:
            raise ValueError(f"no consistency proof from size {old_size} to {self.size}")
        return self._subproof(old_size, 0, self.size, True)

    def _subproof(self, m: int, start: int, end: int, whole: bool) -> list[bytes]:
        n = end - start
        if m == n:
            return [] if whole else [self.subtree_root(start, end)]
        k = _largest_power_of_two_below(n)
        if m <= k:
            return self._subproof(m, start, start + k, whole) + [self.subtree_root(start + k, end)]
        return self._subproof(m - k, start + k, end, False) + [self.subtree_root(start, start + k)]


def _largest_power_of_two_below(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (n ≥ 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def verify_inclusion(index: int, tree_size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> None:
    """Check that ``leaf`` is leaf ``index`` of the tree of ``tree_size`` with ``root``; raise ProofError if not."""
    if not 0 <= index < tree_size:
        raise ProofError(f"leaf index {index} is outside a tree of {tree_size}")
    if len(leaf) != HASH_SIZE:
        raise ProofError(f"the leaf hash has {len(leaf)} bytes, not {HASH_SIZE}")
    fn, sn, computed = index, tree_size - 1, leaf
    for sibling in proof:
        if sn == 0:
            raise ProofError("the inclusion proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            computed = node_hash(sibling, computed)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            computed = node_hash(computed, sibling)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the inclusion proof is too short")
    if computed != root:
        raise ProofError("the inclusion proof does not lead to the root")


def verify_consistency(size1: int, size2: int, proof: Sequence[bytes], root1: bytes, root2: bytes) -> None:
    """Check that the tree (size1, root1) is a prefix of (size2, root2); raise ProofError if not."""
    if size1 > size2:
        raise ProofError(f"the old size {size1} is larger than the new size {size2}")
    if size1 == 0:
        raise ProofError("a tree of size 0 has no consistency proof")
    if size1 == size2:
        if proof:
            raise ProofError("trees of equal size need an empty proof")
        if root1 != root2:
            raise ProofError("trees of equal size have different roots")
        return
    if not proof:
        raise ProofError("the consistency proof is empty")
    _check_consistency_path(size1, size2, list(proof), root1, root2)


def _check_consistency_path(size1: int, size2: int, path: list[bytes], root1: bytes, root2: bytes) -> None:
    if size1 & (size1 - 1) == 0:
        path = [root1, *path]
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    first = second = path[0]
    for node in path[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            first, second = node_hash(node, first), node_hash(node, second)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            second = node_hash(second, node)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the consistency proof is too short")
    if first != root1:
        raise ProofError("the consistency proof does not lead to the old root")
    if second != root2:
        raise ProofError("the consistency proof does not lead to the new root")
