"""The corpus layer: near-duplicates and wire copies (:mod:`.copies`), story clusters and
cross-source comparison (:mod:`.stories`), and the run over a whole store (:mod:`.link`)."""

from newsgraph.corpus.copies import CopyLink, CopyText, find_copies
from newsgraph.corpus.shingles import body_text, shingles

__all__ = ["CopyLink", "CopyText", "body_text", "find_copies", "shingles"]
