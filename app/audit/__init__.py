"""The append-only, tamper-evident audit log: Merkle tree, signed checkpoints, verification, export."""
