"""Visitor statistics: anonymous events in SQLite, and the summaries `kiosk stats` prints. No Qt here."""
