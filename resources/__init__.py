"""Data files shipped with nbwss-gui, read with importlib.resources."""
