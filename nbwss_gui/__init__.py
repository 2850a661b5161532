"""nbwss-gui: register NBWSS cloud WebSocket endpoints and keep their connections in view."""

__version__ = "0.1.0"
