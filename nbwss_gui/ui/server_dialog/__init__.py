"""The WebSocket Server dialog (New): source options, Server Information, Validate, Add Host
and the views they use."""
