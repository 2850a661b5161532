"""The Qt face: the WebSocket Servers window, its dialogs and their item models."""
