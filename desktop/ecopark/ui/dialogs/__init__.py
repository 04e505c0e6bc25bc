"""Dialogs of the map editor (new park, import...), one module each."""
