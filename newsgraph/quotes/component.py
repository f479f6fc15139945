"""Quotes and reported statements with their speakers resolved to entities.

Finds direct quotes (between quotation marks, multi-paragraph and split quotes included),
indirect speech ("X said that ...", "according to X, ..."), mixed statements (a reported
clause that holds a partial quote) and follow-on quotes, and attributes each to the subject of
its reporting verb, resolved to an entity (names, pronouns, roles). Short quoted phrases with
no reporting verb nearby (scare quotes, titles) are not quotes. See docs/quotes.md.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.quotes.attribute import Item, build_items, slogan
from newsgraph.quotes.confidence import quote_confidence, speaker_confidence
from newsgraph.quotes.cues import Cue, find_cues
from newsgraph.quotes.lexicon import speech_verbs
from newsgraph.quotes.marks import find_marked
from newsgraph.quotes.speakers import Speaker, SpeakerResolver
from newsgraph.records.base import Record
from newsgraph.records.quotes import Quote


class QuoteFinder(Component):
    name = "newsgraph.quotes"
    version = "1"
    requires = ("nlp", "entities")
    assigns = ("quotes",)

    def find(self, doc: Document) -> list[Record]:
        sd: Any = doc.nlp_doc
        if sd is None:
            return []
        text = doc.text
        marked = find_marked(doc)
        regions = sorted((m.start, m.end) for m in marked)
        starts = [r[0] for r in regions]

        def inside_quote(offset: int) -> bool:
            i = bisect_right(starts, offset) - 1
            return i >= 0 and regions[i][0] <= offset < regions[i][1]

        cues = find_cues(sd, text, inside_quote)
        items = build_items(doc, marked, cues)
        resolver = SpeakerResolver(doc, inside_quote)
        spoken: dict[int, Speaker | None] = {}
        done: dict[int, Speaker | None] = {}
        records: list[Record] = []
        for it in sorted(items, key=lambda x: min(x.start, x.cue.start if x.cue else x.start)):
            spk = self._speaker(it, items, done, spoken, resolver, sd)
            done[id(it)] = spk
            records.append(self._record(doc, it, spk))
        records.sort(key=lambda r: r.start)
        return records

    def _speaker(
        self,
        it: Item,
        items: list[Item],
        done: dict[int, Speaker | None],
        spoken: dict[int, Speaker | None],
        resolver: SpeakerResolver,
        sd: Any,
    ) -> Speaker | None:
        """The item's speaker: its cue's subject, or the speaker of the quote it carries on."""
        if it.cue is not None:
            key = it.cue.i
            if key not in spoken and it.cue.author is not None:
                spoken[key] = resolver.author(*it.cue.author)
                resolver.note(it.cue.start, spoken[key])
            if key not in spoken:
                tok = sd[it.cue.speaker_i] if it.cue.speaker_i is not None else None
                spk = resolver.resolve(tok, (it.start, it.end))
                if spk is not None and spk.name is None and spk.role is None:
                    spk = resolver.fallback(spk, (it.start, it.end))
                if (spk is None or not (spk.name or spk.role)) and it.cue.cls in ("speech", "cognition") \
                        and it.cue.i < len(sd) and sd[it.cue.i].pos_ in ("VERB", "AUX"):
                    spk = resolver.participle(sd[it.cue.i], speech_verbs()) or spk
                spoken[key] = spk
                resolver.note(it.cue.start, spk)
            return spoken[key]
        if it.follows is not None:
            spk = done.get(id(it.follows))
            if spk is not None:
                resolver.note(it.start, spk)
            return spk
        return None

    def _record(self, doc: Document, it: Item, spk: Speaker | None) -> Quote:
        text = doc.text
        cue: Cue | None = it.cue
        cls = cue.cls if cue is not None else ("follows" if it.follows is not None else "none")
        named = spk is not None and bool(spk.name or spk.role)
        method = f"{cls}/{spk.how}" if spk is not None and named else f"{cls}/none"
        return Quote(
            start=it.start,
            end=it.end,
            text=text[it.start : it.end],
            component=self.component_id,
            kind=it.kind,
            cue=cue.text if cue else None,
            cue_start=cue.start if cue else None,
            cue_end=cue.end if cue else None,
            speaker=spk.name if spk else None,
            speaker_role=spk.role if spk else None,
            speaker_entity_id=spk.entity_id if spk else None,
            speaker_start=spk.start if spk else None,
            speaker_end=spk.end if spk else None,
            resolved_start=spk.resolved[0] if spk and spk.resolved else None,
            resolved_end=spk.resolved[1] if spk and spk.resolved else None,
            speaker_method=method,
            confidence=round(quote_confidence(it.kind, cls, slogan(doc, it), len(text[it.start : it.end].split())), 2),
            speaker_confidence=round(speaker_confidence(method, bool(spk and spk.name)), 2) if named else None,
            question=_question(text, it),
        )


#: verbs that report a question ("asked whether ...", "wondered why ...")
_ASKING = ("ask", "asked", "asks", "asking", "wonder", "wondered", "wonders", "wondering", "inquire", "inquired",
           "enquire", "enquired", "question", "questioned")
_QUESTION_WORDS = ("whether", "if", "how", "why", "what", "when", "where", "who", "whom", "whose", "which")


def _question(text: str, it: Item) -> bool:
    """Whether the item reports a question rather than a claim."""
    body = text[it.start : it.end].rstrip(" \"”’'»)")
    if it.kind == "direct":
        return body.endswith("?")
    words = body.split(maxsplit=1)
    cue = it.cue.text.lower() if it.cue is not None else ""
    return bool(words) and cue in _ASKING and words[0].lower().strip(",") in _QUESTION_WORDS

