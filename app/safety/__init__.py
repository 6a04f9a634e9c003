"""On-device safety screening: taxonomy, normalisation, detectors, profiles and the screen pipeline."""
