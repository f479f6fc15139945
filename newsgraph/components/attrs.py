"""spaCy's ``attribute_ruler``, the same rules applied faster.

The English model's attribute ruler holds about 180 rules (tag map, morphology and lemma
exceptions), nearly all of one token ("TAG is VBZ", "LOWER is 'ai' and TAG in VBP/VBZ").
spaCy runs them all through its ``Matcher``, token by token: about a tenth of the whole
spaCy pass. A one-token rule depends only on the token's tag, lowercase form, dependency
label and whether it is white space, so :class:`FastAttributeRuler` evaluates the one-token
rules once per distinct combination of those four values and keeps spaCy's ``Matcher`` for
the rest (the multi-token rules, and any rule with another kind of condition). It then sets
the attributes exactly as ``AttributeRuler.set_annotations`` does: spaCy's
``set_token_attrs``, in the rules' order, later rules winning.

The result is the same, token for token (``tests/test_nlp_attrs.py`` compares every token
attribute of both on real text); :func:`speed_up` swaps it in for the model's ruler in
place, and leaves a model whose ruler it does not recognise as it is.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

#: the token attributes one-token rules may test, in the order of the lookup key
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _condition(spec: dict[str, Any]) -> tuple[tuple[int, frozenset[Any]], ...] | None:
    """A one-token pattern as ((key position, allowed values), ...), or None when it tests
    something else (another attribute, an operator, a regex)."""
    out = []
    for key, value in spec.items():
        if key not in _KEYS:
            return None
        if isinstance(value, dict):
            if set(value) != {"IN"} or not isinstance(value["IN"], list):
                return None
            allowed = frozenset(value["IN"])
        elif isinstance(value, str | bool):
            allowed = frozenset([value])
        else:
            return None
        if key == "IS_SPACE" and not all(isinstance(v, bool) for v in allowed):
            return None
        if key != "IS_SPACE" and not all(isinstance(v, str) for v in allowed):
            return None
        out.append((_KEYS.index(key), frozenset(_as_int(v) for v in allowed)))
    return tuple(out)


def _as_int(value: str | bool) -> int:
    """A value as ``Doc.to_array`` gives it: a flag as 0 or 1, a string as its hash."""
    if isinstance(value, bool):
        return int(value)
    from spacy.strings import get_string_id

    return int(get_string_id(value))


class FastAttributeRuler:
    """A pipeline component that applies an ``AttributeRuler``'s rules with the same result."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        #: one-token rules: (rule number, conditions)
        self.single: list[tuple[int, tuple[tuple[int, frozenset[Any]], ...]]] = []
        self.matcher = Matcher(ruler.vocab)
        self.has_rest = False
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            _, patterns = ruler.matcher.get(ruler.vocab.strings[key])
            rest = []
            for pattern in patterns:
                cond = _condition(pattern[0]) if len(pattern) == 1 else None
                if cond is not None and ruler.indices[rule] in (0, -1):
                    self.single.append((rule, cond))
                else:
                    rest.append(pattern)
            if rest:
                self.matcher.add(key, rest)
                self.has_rest = True
        #: (tag, lower, dep, is_space) as ``Doc.to_array`` gives them -> the one-token rules that match
        self._cache: dict[tuple[int, ...], tuple[int, ...]] = {}

    def _rules_for(self, key: tuple[int, ...]) -> tuple[int, ...]:
        found = self._cache.get(key)
        if found is None:
            found = tuple(rule for rule, cond in self.single if all(key[i] in allowed for i, allowed in cond))
            self._cache[key] = found
        return found

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        todo: dict[int, set[int]] = defaultdict(set)
        if len(doc):
            for i, row in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
                rules = self._rules_for(tuple(row))
                if rules:
                    todo[i].update(rules)
        if self.has_rest:
            strings = doc.vocab.strings
            for match_id, start, end in self.matcher(doc, allow_missing=True, as_spans=False):
                rule = int(strings[match_id])
                index = self.indices[rule]
                target = (start if index >= 0 else end) + index
                if not start <= target < end:
                    return self.ruler(doc)  # what spaCy does with a bad index: its own error
                todo[target].add(rule)
        for i in sorted(todo):
            tok = doc[i]
            for rule in sorted(todo[i]):
                set_token_attrs(tok, self.attrs[rule])
        return doc


def speed_up(nlp: Any) -> Any:
    """Swap the model's ``attribute_ruler`` for a :class:`FastAttributeRuler` of the same rules."""
    from spacy.pipeline import AttributeRuler

    name = "attribute_ruler"
    if name not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler:
        return nlp
    fast = FastAttributeRuler(ruler)
    # in place, under the same name: spaCy keeps (name, component) pairs, disabled ones included
    names = [n for n, _ in nlp._components]
    nlp._components[names.index(name)] = (name, fast)
    return nlp
