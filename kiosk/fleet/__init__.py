"""Many kiosks: their status files, and `kiosk fleet`, which reads them at HQ. No Qt here."""
