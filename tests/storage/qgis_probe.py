"""Run by the system Python that has PyQGIS (not the project's venv): open a project file as
a QGIS user would, report what QGIS sees as JSON on stdout, and render the stored project's
visible layers to a PNG.

Usage: python3 qgis_probe.py PROJECT.gpkg OUT.png
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def main(path: str, png: str) -> dict:
    from qgis.core import Qgis

    out: dict = {"qgis": Qgis.QGIS_VERSION}
    # 1. the project stored in the file
    project = QgsProject.instance()
    out["project_read"] = bool(project.read(f"geopackage:{path}?projectName=EcoPark"))
    root = project.layerTreeRoot()
    groups = {}
    for group in root.children():
        layers = {}
        for node in group.children():
            lyr = node.layer()
            layers[node.name()] = {
                "valid": bool(lyr and lyr.isValid()),
                "subset": lyr.subsetString() if lyr else "",
                "features": lyr.featureCount() if lyr else -1,
                "renderer": lyr.renderer().type() if lyr else "",
            }
        groups[group.name()] = {"visible": group.isVisible(), "layers": layers}
    out["groups"] = groups
    out["crs"] = project.crs().authid()
    # 2. render what the project shows (the visible group) offscreen
    visible = [
        node.layer()
        for group in root.children()
        if group.isVisible()
        for node in group.children()
        if node.layer() is not None
    ]
    settings = QgsMapSettings()
    settings.setLayers(visible)
    settings.setDestinationCrs(project.crs())
    extent = visible[-1].extent()  # zones
    for lyr in visible:
        extent.combineExtentWith(lyr.extent())
    extent.scale(1.08)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1000, 700))
    settings.setBackgroundColor(QColor("#f6f6f2"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png, "png")
    out["png"] = png
    # 3. the default style QGIS applies when a layer of the file is added on its own
    styles = {}
    for name in ("zones", "firms", "facilities", "pipelines", "corridors", "plots"):
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        message, loaded = layer.loadDefaultStyle()
        renderer = layer.renderer()
        info = {"valid": layer.isValid(), "loaded": bool(loaded), "renderer": renderer.type()}
        if renderer.type() == "categorizedSymbol":
            info["attribute"] = renderer.classAttribute()
            info["categories"] = {
                str(c.value()): c.symbol().color().name() for c in renderer.categories()
            }
        if renderer.type() == "RuleRenderer":
            info["rules"] = {
                r.filterExpression(): [
                    r.symbol().color().name(),
                    r.symbol().symbolLayer(0).properties().get("use_custom_dash"),
                ]
                for r in renderer.rootRule().children()
            }
        styles[name] = info
        del renderer, layer
    out["styles"] = styles
    return out


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    try:
        print(json.dumps(main(sys.argv[1], sys.argv[2]), ensure_ascii=False))
    finally:
        app.exitQgis()
