"""Quotes: detection, attribution and speaker resolution.

- :mod:`component`: the ``newsgraph.quotes.v1`` component (``QuoteFinder``)
- :mod:`marks`: quotation marks and quoted spans; :mod:`cues`: reporting verbs and constructions
- :mod:`attribute`: content and cue to statement; :mod:`speakers`, :mod:`names`: who said it
- :mod:`lexicon`: word lists (reporting verbs in ``speech_verbs.csv`` beside it)
"""
