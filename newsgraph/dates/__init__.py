"""Dates: time expressions found in text and normalised as TIMEX3 (own rules).

- :mod:`component`: the ``newsgraph.dates.v1`` component (``DateFinder``)
- :mod:`timex`: ``find_timexes(text, anchor, nlp_doc)``, the entry point of the rules
- :mod:`grammar`, :mod:`patterns`, :mod:`lexicon`: the scanner, its patterns and word lists
- :mod:`absolute`, :mod:`relative`, :mod:`seasons`: the handlers; :mod:`calendar`: date arithmetic
"""
