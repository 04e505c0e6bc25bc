"""The Qt layer: turns gestures into core commands and draws what the model says.

Nothing outside this package imports PySide6.
"""
