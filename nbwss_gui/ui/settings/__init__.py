"""The Settings dialog (nbwss.properties and this application's own settings)."""
