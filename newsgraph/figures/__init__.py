"""Figures: counts of people and amounts (deaths, displaced, troops, money), with what they count.

- :mod:`component`: the ``newsgraph.figures.v1`` component (``FigureFinder``)
- :mod:`numbers`: numbers written in words and digits
- :mod:`context`: the counted noun, category and scope (word lists in ``nouns.csv`` beside it)
"""
