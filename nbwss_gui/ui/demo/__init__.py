"""The DEMO window: the sandbox provider started inside the window, and its panel."""
