"""The per-endpoint message log window."""
