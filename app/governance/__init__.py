"""Governance: the guardian's lock and credential, the machine-wide policy, layered settings, time rules and kiosk."""
