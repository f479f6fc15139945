"""Entities: named people, organisations, places and other names, with canonical entities.

- :mod:`component`: the ``newsgraph.entities.v1`` component (``EntityFinder``)
- :mod:`spans`: spaCy spans cleaned to CoNLL-style names
- :mod:`rules`: relabelling and page-word rules
- :mod:`joins`: names split or joined across tokens
- :mod:`canon`: mentions grouped into canonical entities
- :mod:`aliases`: the curated alias table (``aliases.csv`` beside it)
"""
