"""Places: toponyms recognised and resolved against an offline gazetteer built from packaged data.

- :mod:`component`: the ``newsgraph.places.v1`` component (``PlaceFinder``)
- :mod:`recognize`: which spans are places; :mod:`resolve`: which gazetteer entry each one is
- :mod:`gazetteer`, :mod:`build`: the SQLite gazetteer and how it is built (hand tables
  ``places_*.csv`` beside them); :mod:`normalize`: name normalisation
"""
