"""Plain-Python foundations: paths, errors, settings and the database."""
