"""Tone and loaded language: the ``newsgraph.tone.v1`` component (:mod:`component`) and its
curated table of framing devices (``loaded_language.tsv`` beside it)."""
