"""Casefile: an offline, encrypted case-file manager for immigration legal aid.

The core package never imports Qt; the desktop front end lives in ``ui/``.
"""

__version__ = "0.1.0"
