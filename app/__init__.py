"""Hearth: an offline AI assistant for homes and schools, with governance built in."""

__version__ = "0.1.0"
APP_NAME = "Hearth"
