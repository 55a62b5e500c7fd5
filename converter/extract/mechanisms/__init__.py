"""General extraction mechanisms that any reader may use: labelled items, sentences, tables,
check boxes, signatures, names, and the figures no reader bound (``leftovers``)."""
