"""CAD-like drafting without Qt: typed coordinates, lengths and angles while drawing, right-angle
and parallel constraints, copy/paste/duplicate with the park's ids, and a safe field calculator.

The tools in ``ecopark.ui`` turn keystrokes and clicks into calls here and push the commands
these functions build, so everything is undoable and tested without a display.
"""
