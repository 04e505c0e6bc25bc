"""Keeps the canvas's labels in step with the park's label settings (``settings["labels"]``,
:mod:`ecopark.model.labelling`): on every edit or scenario switch the label layer gets the
styles and, for a layer labelled with another field than the name, the text of each object."""

from __future__ import annotations

from typing import Any

from shiboken6 import isValid

from ecopark.model.labelling import LABELLED_LAYERS, label_styles, label_text
from ecopark.ui.i18n import current_language


def refresh_label_styles(canvas: Any) -> None:
    document = canvas.document
    styles = label_styles(document.park.settings)
    if document.scenario_id not in document.park.scenarios:  # a park with no scenario yet
        canvas.label_layer.apply_styles(styles, {})
        return
    scenario = document.scenario
    lang = "zh" if current_language().startswith("zh") else "en"
    texts = {
        layer: {i: label_text(o, styles[layer], lang) for i, o in scenario.layers[layer].items()}
        for layer in LABELLED_LAYERS
        if styles[layer].field != "name"
    }
    canvas.label_layer.apply_styles(styles, texts)


def install_label_styles(canvas: Any) -> None:
    """Apply the park's label settings now and after every change (called by MapCanvas)."""

    def refresh(*_: object) -> None:
        if isValid(canvas):  # a replaced canvas (another file opened) stops listening
            refresh_label_styles(canvas)
        else:
            document.changed.disconnect(refresh)
            document.scenario_switched.disconnect(refresh)

    document = canvas.document

    document.changed.connect(refresh)
    document.scenario_switched.connect(refresh)
    refresh()


__all__ = ["install_label_styles", "refresh_label_styles"]
