"""The WebSocket Servers window: the list, its model, its actions, and the one adapter from
the engine."""
