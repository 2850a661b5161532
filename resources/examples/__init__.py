"""Example endpoint files, good and bad."""
