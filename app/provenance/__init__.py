"""Provenance: the device's signing key, and (later) signed statements about answers."""
