"""The dock widgets around the map: layers, legend, properties, attribute table, scenarios,
undo history and the live indicator panel. Each dock reads the open ProjectDocument and edits
only through ``document.push``; :meth:`set_document` rebinds it when another project is opened."""
