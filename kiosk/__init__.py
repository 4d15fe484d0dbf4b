"""Kiosk: a full-screen, touch-navigable presentation of an organisation's story."""

__version__ = "0.1.0"
