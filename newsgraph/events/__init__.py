"""Events: sentence-level event coding in PLOVER with a CAMEO mapping (the ``newsgraph.events.v1``
component is :mod:`component`).

The coder reads compact tables derived from open data (``newsgraph/events/data``, built by
``scripts/build_event_data.py``): PETRARCH's CAMEO verb dictionary (verb forms and phrase
patterns with CAMEO codes), the CAMEO-to-PLOVER table, GDELT's Goldstein scale, and the Phoenix
agent and country dictionaries. Modules:

- :mod:`tables`: loading the data files (cached, nothing at import time)
- :mod:`mapping`: CAMEO code -> PLOVER type and mode, QuadClass, Goldstein value
- :mod:`lexicon`: the verb dictionary, its phrase patterns and the event nouns, on parsed tokens
- :mod:`coder`: trigger words in a parsed sentence and their CAMEO codes
- :mod:`rules`: constructions the dictionary cannot express
- :mod:`casualties`: dead and injured named by the parse
- :mod:`arguments`: actor and target spans from the dependency parse, agent codes, countries
- :mod:`factuality`: negated, hypothetical, future and questioned events
"""
