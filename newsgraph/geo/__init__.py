"""Offline geography: a gazetteer built from packaged data, and place resolution."""

from newsgraph.geo.gazetteer import Candidate, Gazetteer, open_gazetteer
from newsgraph.geo.normalize import norm

__all__ = ["Candidate", "Gazetteer", "norm", "open_gazetteer"]
