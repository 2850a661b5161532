"""The window's translations: .ts sources, compiled to .qm files by `make translations`."""
