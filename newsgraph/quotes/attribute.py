"""Attribution: which cue each quoted stretch belongs to, which reported clauses hold quotes
(mixed), and which quotes carry on a speaker's quote without a new cue."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsgraph.document import Document
from newsgraph.entities.spans import PAGE_WORD_LIST
from newsgraph.ingest.layout import POST_SIGNATURE
from newsgraph.quotes.cues import Cue, subject_of
from newsgraph.quotes.marks import QUOTE_BLOCKS, Marked

#: titles before a name (an abbreviation that seldom ends a sentence)
_ABBREV = ("Mr", "Mrs", "Ms", "Dr", "St", "Rep", "Reps", "Sen", "Sens", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm",
           "Cmdr", "Maj", "Prof", "Rev", "Hon", "Ft", "Mt", "vs")
#: sentence ends (not after a title, an abbreviation or an initial)
_END = re.compile("".join(rf"(?<!\b{a})" for a in _ABBREV) + r"(?<!\b[A-Z])[.!?](?=[\s\"”’']|$)|\n")
#: '"..." ― Name': a dash and a name after the closing mark
_DASH = re.compile(r"[\s,.]*([―—–]|--)\s*")
#: 'PENCE: ...' or 'MIKE PENCE: ...' opening a transcript paragraph
_SPEAKER_LINE = re.compile(r"[\"“]?([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):\s+(?=\S)")
#: 'Q: ...' / 'A: ...' opening a turn of a Q&A interview (the letter is group 1)
_QA_LINE = re.compile(r"(?:\*\*)?([QA])(?:\*\*)?[:.](?:\*\*)?\s+(?=\S)")
#: the interviewer's turn in a Q&A ('Q: ...', 'Interviewer: ...')
_ASKING_LINE = re.compile(r"(?:\*\*)?(?:Q|Interviewer)(?:\*\*)?:(?:\*\*)?\s+(?=\S)")
#: 'Name, Outlet: ...' opening a paragraph (the name is checked against the PERSON mentions)
_LABEL_LINE = re.compile(r"[\"“]?([A-Z][\w'’.\-]*(?:,? (?:[A-Z&][\w'’.\-]*|of|the|for|and))*):\s+(?=\S)")
#: 'Trump: "..."': a capitalised name and a colon just before an opening mark
_NAME_COLON = re.compile(r"(?<![\w.])([A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3})(?:, [^,:\n]{1,40})?\s*:\s*$")
#: labels before a colon that credit a picture or mark a note, or that hold a sentence end: never a speaker
_NOT_SPEAKER_LABEL = re.compile(r"(?:\b(?:" + "|".join((*PAGE_WORD_LIST, "Picture", "Credits", "Sources", "Graphic",
                                "Illustration", "Map", "Chart", "Correction", r"Ed\.", "Editor's note"))
                                + r")|[a-z]{2}\.\s+\S+)$")
#: a link or a picture address that ends a post's text ("pic.twitter.com/x1Y2", "https://t.co/x1Y2")
_POST_LINK = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+))+\s*$")
#: nouns of a message a named subject gives before a comma and the quote ("left this farewell, "...""")
_MESSAGE_NOUNS = frozenset({"farewell", "invitation", "message", "greeting", "tribute", "toast", "plea", "appeal",
                            "warning", "reply", "response", "answer", "retort", "rebuke", "promise", "vow", "challenge",
                            "advice", "thanks", "apology", "condolence", "condolences", "congratulation",
                            "congratulations", "statement", "note", "remark", "comment"})
#: 'Those were the words of X' opening the paragraph after a quote that stands alone (group 1: up to "of")
_WORDS_OF = re.compile(r"(?:Those|These|That|This|Such)(?:\s+(?:were|was|are|is)\s+|['’]s\s+)((?:the\s+)?(?:words?|view|verdict|"
                       r"message|reaction|assessment|plea|warning|thoughts?|opinion|response|answer|account)\s+of)\s")
#: the words before a cue that opens the paragraph after a lone quote and points back to it
_POINTING_BACK = re.compile(r"(?:So|Thus|(?:That|This)(?:\s+is|['’]s))\s+")
#: the most text between a quote and its cue
_WINDOW = 160
#: a quote shorter than this (in words) and with no cue is a scare quote or a title: not a quote
MIN_WORDS_UNCUED = 5


@dataclass
class Item:
    """A quote or reported statement before its speaker is resolved."""

    start: int
    end: int
    kind: str
    cue: Cue | None = None
    pieces: list[Marked] = field(default_factory=list)
    #: the item whose speaker this one carries on (follow-on quotes), if any
    follows: Item | None = None


def _sentence_bounds(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    """Start and end of the sentence around ``at`` within ``[lo, hi)`` (by punctuation)."""
    s = lo
    for m in _END.finditer(text, lo, at):
        s = m.end()
    m2 = _END.search(text, at, hi)
    return s, (m2.end() if m2 else hi)


def token_at(sd: Any, offset: int) -> Any | None:
    """The spaCy token that starts at or covers ``offset``."""
    span = sd.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _interviewee(doc: Document, sd: Any, persons: list[Any]) -> Any | None:
    """In a Q&A interview whose page marks the turns ('Q: ...' / 'A: ...', two of each at least),
    the token of the one interviewed: the person named most often before the first question (the
    earliest of those named as often). None where the page marks no turns (GUM's interviews)."""
    qs = [b for b in doc.blocks if b.kind == "paragraph" and _QA_LINE.match(doc.text, b.start, b.end)
          and doc.text[b.start] == "Q"]
    answers = [b for b in doc.blocks if b.kind == "paragraph" and _QA_LINE.match(doc.text, b.start, b.end)
               and doc.text[b.start] == "A"]
    if len(qs) < 2 or len(answers) < 2:
        return None
    before = [p for p in persons if p.end <= qs[0].start]
    if not before:
        return None
    count = Counter(p.entity_id for p in before)
    top = max(count.values())
    first = next(p for p in before if count[p.entity_id] == top)
    return token_at(sd, first.end - 1)


def _transcript(doc: Document, sd: Any) -> list[Item]:
    """Transcripts and round-ups: a paragraph 'PENCE: ...' or 'Chris Cillizza, The Washington
    Post: ...' is a direct quote of the person named before the colon; in a Q&A interview whose
    page marks the turns, an 'A: ...' paragraph is the one interviewed (:func:`_interviewee`)."""
    out = []
    persons = [m for m in doc.get("mentions") if m.label == "PERSON"]
    interviewee = _interviewee(doc, sd, persons)
    for b in doc.blocks:
        if b.kind != "paragraph":
            continue
        m = _SPEAKER_LINE.match(doc.text, b.start, b.end)
        head = None
        qa = _QA_LINE.match(doc.text, b.start, b.end) if interviewee is not None else None
        if qa is not None and doc.text[b.start] == "A":
            m, head = qa, interviewee
        elif qa is not None:
            continue  # the interviewer's question
        elif m is not None:
            head = token_at(sd, m.end(1) - 1)
        else:
            m = _LABEL_LINE.match(doc.text, b.start, b.end)
            if m is not None and _NOT_SPEAKER_LABEL.search(m.group(1)):
                m = None  # "Robert Sarvis. Image: Sarvis for Governor.": a credit or a note, not a speaker
            if m is not None:
                who = [p for p in persons if m.start(1) <= p.start and p.end <= m.end(1)]
                head = token_at(sd, who[0].end - 1) if who else None
        if m is None or head is None:
            continue
        s, e = m.end(), b.end
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        if e - s < 3:
            continue
        cue = Cue(head.i, m.end(1), m.end(1) + 1, ":", "transcript", head.i, None, (b.start, b.end))
        out.append(Item(s, e, "direct", cue))
    return out


def _block_quotes(doc: Document, items: list[Item], cues: list[Cue]) -> list[Item]:
    """'the Church denied these allegations:' followed by a paragraph without marks: that
    paragraph is the quote (a block quote)."""
    text = doc.text
    out: list[Item] = []
    inner: list[Item] = []
    for k in range(1, len(doc.blocks)):
        pb, b = doc.blocks[k - 1], doc.blocks[k]
        if pb.kind != "paragraph" or b.kind != "paragraph" or not text[pb.start : pb.end].rstrip().endswith(":"):
            continue
        body = text[b.start : b.end]
        covered = sum(it.end - it.start for it in items if b.start <= it.start < b.end)
        if any(ch in body for ch in '"“”«»') or covered > (b.end - b.start) / 2:
            continue
        near = [c for c in cues if pb.start <= c.start < pb.end and pb.end - c.start < _WINDOW and c.cls == "speech"]
        s, e = b.start, b.end
        while e > s and text[e - 1].isspace():
            e -= 1
        if near and len(text[s:e].split()) >= MIN_WORDS_UNCUED:
            out.append(Item(s, e, "direct", max(near, key=lambda c: c.start)))
            inner.extend(it for it in items if s <= it.start < e)
    for it in inner:  # a scare quote inside the block quote is part of it
        items.remove(it)
    return out


def _posts(doc: Document, sd: Any) -> list[Item]:
    """Embedded posts (``embed`` blocks: a tweet in the page, or copied as text with its
    signature "— Jo Park (@jopark) May 1, 2024"): the post's text is a direct quote of the author
    the signature names (cue class ``post``; the cue's span is the author's name)."""
    out = []
    for b in doc.blocks:
        if b.kind != "embed":
            continue
        m = POST_SIGNATURE.search(doc.text, b.start, b.end)
        if m is None:
            continue
        s, e = b.start, m.start()
        link = _POST_LINK.search(doc.text, s, e)
        if link is not None:
            e = link.start()
        while e > s and doc.text[e - 1] in " \t\n—–―-":
            e -= 1
        while s < e and doc.text[s].isspace():
            s += 1
        first = token_at(sd, m.start("author")) if sd is not None else None
        if e - s < 3 or first is None:
            continue
        sig_s, sig_e = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        sig_e -= len(doc.text[sig_s:sig_e]) - len(doc.text[sig_s:sig_e].rstrip())
        out.append(Item(s, e, "direct", Cue(first.i, sig_s, sig_e, doc.text[sig_s:sig_e], "post", None, None,
                                             (b.start, b.end), author=(m.start("author"), m.end("author")))))
    return out


def build_items(doc: Document, marked: list[Marked], cues: list[Cue]) -> list[Item]:
    """Indirect and mixed statements from the cues' reported clauses, then direct quotes."""
    text = doc.text
    sd = doc.nlp_doc
    cues = [c for c in cues if doc.block_kind(c.start) in QUOTE_BLOCKS]
    items: list[Item] = []
    absorbed: set[int] = set()
    direct_cue: dict[int, Cue] = {}
    spans = [(cue, c) for cue in cues for c in (cue.content, cue.content2) if c is not None]
    for cue, (cs, ce) in spans:
        # a parse may run across paragraphs: the content stays in the cue's block
        cb = doc.block_at(cue.start)
        if cb is not None:
            cs, ce = max(cs, cb.start), min(ce, cb.end)
        # nor its line: a block of single-newline lines is several paragraphs
        line_s = text.rfind("\n", 0, cue.start) + 1
        line_e = text.find("\n", cue.end)
        cs, ce = max(cs, line_s), min(ce, line_e if line_e >= 0 else len(text))
        if ce - cs < 3:
            continue
        if ce <= cue.start and any(ce <= m.open_at and m.end <= cue.start for m in marked):
            continue  # 'Scholz was more reserved: "...," he said': the quote between is what is said
        inside = [k for k, m in enumerate(marked) if m.open_at >= cs - 1 and m.end <= ce + 1]
        crossing = [k for k, m in enumerate(marked) if k not in inside and m.start < ce and m.end > cs]
        quoted = sum(marked[k].end - marked[k].start for k in inside)
        if crossing:
            # the clause is (part of) a direct quote: the cue attributes that quote
            for k in crossing:
                direct_cue.setdefault(k, cue)
            continue
        if inside and quoted >= 0.8 * (ce - cs) - 4:
            for k in inside:
                direct_cue.setdefault(k, cue)
            continue
        for k in list(inside):
            own = _own_cue(sd, cue, cs, marked[k], cues)
            if own is not None:
                # 'officials said the award was fair, with an analyst saying "..."': the quote is the
                # analyst's, and the officials' clause ends before the one who says it
                cut = _cut_before(sd, own, cs)
                inside = [j for j in inside if marked[j].open_at < cut]
                direct_cue[k] = own
                ce = min(ce, cut)
        while ce > cs and text[ce - 1] in " ,;:-\u2014":
            ce -= 1
        if ce - cs < 3:
            continue
        kind = "mixed" if inside else "indirect"
        absorbed.update(inside)
        items.append(Item(cs, ce, kind, cue, [marked[k] for k in inside]))
    items = [it for it in items if not _carries(sd, it, cues)]
    items = [it for it in items if not _nested_belief(it, items)]
    for k, m in enumerate(marked):
        if k in absorbed:
            continue
        found = direct_cue.get(k) or _window_cue(doc, marked, k, cues, sd)
        if found is not None and k not in direct_cue and _modifier(doc, m):
            found = None  # "tells Wikinews about 'self-medicating' ants": a scare quote near a cue
        items.append(Item(m.start, m.end, "direct", found, [m]))
    if sd is not None:
        # in a transcript paragraph everything is the named speaker's
        lines = _transcript(doc, sd)
        # (also a quote whose marks open before the speaker's label: '"WALLACE: Let's start ...')
        items = [it for it in items if not any(t.start <= it.start < t.end or it.start <= t.start < it.end
                                               for t in lines)] + lines
        # an interviewer's turn ('Q: Would you tell a young climber to take ...?', 'Interviewer: ...')
        # reports nobody's statement
        asking = [b for b in doc.blocks if b.kind == "paragraph" and _ASKING_LINE.match(text, b.start, b.end)]
        items = [it for it in items if not any(b.start <= it.start < b.end for b in asking)]
    items.extend(_block_quotes(doc, items, cues))
    items.extend(_posts(doc, sd))
    items.sort(key=lambda it: it.start)
    _chain(doc, items, cues)
    if sd is not None:
        for it in items:
            if it.kind == "direct" and it.cue is None and it.follows is None and it.pieces:
                it.cue = _colon_lead(doc, sd, it.pieces[0])
            if it.kind == "direct" and it.cue is None and it.follows is None and it.pieces and _long_enough(text, it):
                it.cue = _context_cue(doc, sd, it.pieces[0])
        for prev, it in zip(items, items[1:]):
            # the later paragraphs of a quote whose first one took a cue from the colon before it
            if it.kind == "direct" and it.cue is None and it.follows is None and it.pieces and it.pieces[0].continued \
                    and prev.kind == "direct" and prev.pieces and prev.pieces[0].closed is False and prev.cue is not None:
                it.cue = prev.cue
    if sd is not None:
        for it in items:
            if it.kind == "direct" and it.cue is None and it.follows is None:
                it.cue = _partial_cue(doc, sd, it, not _long_enough(text, it))
    kept = [it for it in items if not (it.kind == "direct" and it.pieces and _is_title(text[it.start : it.end]))]
    kept = [it for it in kept if not _fragment(text, it, sd) and not _named_as(sd, it) and not _cited_title(doc, sd, it)]
    _reattach(kept)
    return [it for it in kept if it.cue is not None or it.follows is not None or _long_enough(text, it)]


#: words that introduce a chant or words carried on a thing, right before the opening mark
_SLOGAN_LEAD = re.compile(r"\b(?:chant(?:s|ed|ing)?|slogans?|placards?|banners?|signs?|posters?|billboards?|"
                          r"t-shirts?|graffiti|(?:with|bearing)\s+the\s+words)"
                          r"(?:\s+(?:of|reading|read|saying|said|bearing|that\s+read))?"
                          r"(?:\s+simply)?\s*[:,]?\s*$", re.IGNORECASE)
#: nouns of a thing that carries words: as a cue's subject ("Placards read "...""), no one speaks
_CARRIERS = frozenset({"placard", "banner", "sign", "poster", "billboard", "slogan", "t-shirt", "shirt", "graffiti"})


def slogan(doc: Document, it: Item) -> bool:
    """A direct quote chanted ("chanting "...", "chants of "..."") or carried on a thing ("placards
    read "...", "a banner said simply "...""): kept as a statement (PolNeAR annotates them) at low
    confidence (the issue-11 set counts none)."""
    if it.kind != "direct" or not it.pieces:
        return False
    m = it.pieces[0]
    if _SLOGAN_LEAD.search(doc.text, max(0, m.open_at - 40), m.open_at):
        return True
    cue, sd = it.cue, doc.nlp_doc
    if cue is None or sd is None or cue.i >= len(sd):
        return False
    if sd[cue.i].lemma_.lower() == "chant":
        return True
    return cue.speaker_i is not None and sd[cue.speaker_i].lemma_.lower() in _CARRIERS


def _own_cue(sd: Any, cue: Cue, cs: int, m: Marked, cues: list[Cue]) -> Cue | None:
    """A speech cue in the gerund inside a clause reported by ``cue``, whose subject is named inside
    that clause too and whose content is the quote ``m`` ("..., with a bank analyst saying "...""),
    or None."""
    if sd is None or m.continued:
        return None
    for c in cues:
        if c is cue or c.cls != "speech" or c.speaker_i is None or c.content is None or sd[c.i].tag_ != "VBG":
            continue  # ("officials said that Ruiz said "..."" reports Ruiz's words inside theirs)
        subj = sd[c.speaker_i]
        if subj.pos_ not in ("PROPN", "NOUN") or not (cs <= subj.left_edge.idx and subj.idx < c.start < m.open_at):
            continue
        if abs(c.content[0] - m.start) <= 2 and c.content[1] >= m.end - 2 and len(sd.text[c.end : m.open_at].split()) <= 4:
            return c
    return None


def _cut_before(sd: Any, c: Cue, cs: int) -> int:
    """Where the clause that holds the nested cue ``c`` ends: before its subject's phrase, and
    before a "with" that introduces it."""
    subj = sd[c.speaker_i]
    first = subj.left_edge
    if first.i > 0 and sd[first.i - 1].lower_ in ("with", "while", "and"):
        first = sd[first.i - 1]
    return max(cs, first.idx)


def _reattach(kept: list[Item]) -> None:
    """'... has called the ruling "dangerous" and "ideological":' and then a quoted paragraph: the
    quote carries on an item that was dropped as a fragment; it takes that item's cue (the same
    speaker), or carries on what that item carried on."""
    alive = {id(it) for it in kept}
    for it in kept:
        f = it.follows
        while f is not None and id(f) not in alive and f.cue is None:
            f = f.follows
        if f is not None and id(f) not in alive:
            it.cue, it.follows = f.cue, None
        elif f is not it.follows:
            it.follows = f


def _carries(sd: Any, it: Item, cues: list[Cue]) -> bool:
    """'According to the Courier, Mills said ...', 'The Courier reports that Mills said ...': the
    reported clause is another speaker's statement with its own cue; the medium only carries it,
    and the statement is credited to the speaker inside."""
    if sd is None or it.cue is None or not (it.cue.cls == "according" or sd[it.cue.i].lemma_.lower() == "report"):
        return False  # "Merrill says Machado promised ...": both are statements
    for c in cues:
        # (a belief counts when someone named holds it: "According to the paper, Ms. Ode believes ...")
        if c is it.cue or c.content is None or c.speaker_i is None or (c.cls == "cognition" and sd[c.speaker_i].pos_ != "PROPN"):
            continue
        if it.cue.start < c.start and it.start <= c.start < it.end and it.start <= sd[c.speaker_i].idx < c.start \
                and c.content[1] <= it.end + 1 and sd[c.speaker_i].left_edge.idx - it.start <= 12:
            return True
    return False


def _nested_belief(it: Item, items: list[Item]) -> bool:
    """'Ms. Ode said she thinks the plan will fail': a belief reported inside another cue's
    statement, its cue included, is part of that statement, not one of its own."""
    if it.cue is None or it.cue.cls != "cognition":
        return False
    return any(o is not it and o.cue is not None and o.cue.cls not in ("cognition", "according") and o.start <= it.cue.start
               and it.end <= o.end for o in items)


def _fragment(text: str, it: Item, sd: Any) -> bool:
    """A quoted word or two that is neither a sentence nor a verb phrase (called it "fraud", a
    "formal update"): a fragment, not a statement, whatever cue stands near it ("Wow.", "Never!"
    and "Go register," are statements)."""
    if it.kind != "direct" or not it.pieces or any(p.continued or p.closed is False for p in it.pieces):
        return False
    seg = text[it.start : it.end].strip()
    if len(seg.split()) > 2 or seg.rstrip("’'\"”")[-1:] in (".", "!", "?"):
        return False
    if _opens_cued_sentence(text, it):
        return False  # '"Not yet," the coach said.', '"My hope," she said, "is ...": a statement's opening
    span = sd.char_span(it.start, it.end, alignment_mode="expand") if sd is not None else None
    return span is None or not any(t.pos_ in ("VERB", "AUX") for t in span)


#: participles that give a thing its name ("known as "...", "a group called "..."")
_NAMING = frozenset({"know", "call", "name", "dub", "title", "nickname", "brand", "label", "style"})


def _named_as(sd: Any, it: Item) -> bool:
    """'the group known as "Army of the Sect"', 'a programme called "Second Chance"': a quote that a
    naming participle introduces is a name, not a statement."""
    if sd is None or it.kind != "direct":
        return False
    mark = token_at(sd, it.pieces[0].open_at) if it.pieces else None
    before = sd[mark.i - 1] if mark is not None and mark.i > 0 else None
    while before is not None and before.i > 0 and (before.is_space or before.lower_ == "as"):
        before = sd[before.i - 1]
    before = _before_listed(sd, before)
    if before is not None and before.tag_ == "VBN" and before.lemma_.lower() in _NAMING \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in before.children):
        return True  # 'the robot, named "Big Idea", scored ...': a name, whatever cue stands near
    if it.cue is None or it.cue.i >= len(sd):
        return False
    verb = sd[it.cue.i]
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _NAMING and verb.i < len(sd) and verb.idx < it.start \
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def _before_listed(sd: Any, tok: Any) -> Any:
    """'dubbed "Harbor View" and "Lantern"': for a quoted name after "and", "or" or a comma that
    follows another quoted stretch, the token before that stretch (walked back over each one)."""
    for _ in range(4):
        if tok is None or tok.i < 2 or tok.lower_ not in ("and", "or", ","):
            return tok
        close = sd[tok.i - 1]
        if close.text == "," and tok.lower_ in ("and", "or") and tok.i >= 3:
            close = sd[tok.i - 2]  # '"A", and "B"'
        if not close.is_quote:
            return tok
        j = close.i - 1
        while j > 0 and not sd[j].is_quote and sd[j].text != "\n" and close.i - j < 12:
            j -= 1
        if j <= 0 or not sd[j].is_quote:
            return tok
        tok = sd[j - 1]
        while tok.i > 0 and (tok.is_space or tok.lower_ == "as"):
            tok = sd[tok.i - 1]
    return tok


def _cited_title(doc: Document, sd: Any, it: Item) -> bool:
    """'"Report found on street" — The Daily Post, August 15, 2008': an uncued quote that a source
    and a date follow after a dash is the title of a cited article (a reference list), not a quote."""
    if sd is None or it.kind != "direct" or it.cue is not None or not it.pieces:
        return False  # (also when the quote would carry on the speaker of a quote before it)
    m = it.pieces[-1]
    if m.close_at is None:
        return False
    dash = _DASH.match(doc.text, m.close_at + 1, min(len(doc.text), m.close_at + 8))
    tok = token_at(sd, dash.end()) if dash else None
    if tok is None or tok.is_punct or not tok.text[:1].isupper():
        return False
    while tok.i + 1 < len(sd) and sd[tok.i + 1].pos_ in ("PROPN", "PUNCT") and sd[tok.i + 1].text not in (",", "\n"):
        tok = sd[tok.i + 1]
    return _cited_with_date(sd, tok)


def _opens_cued_sentence(text: str, it: Item) -> bool:
    """'"Not yet," the coach said.': a quote that opens its sentence, ends in a comma inside its
    marks and has its cue right after the closing mark is what the speaker said (or the first
    half of a split quote), never a scare quote."""
    m = it.pieces[0]
    if it.cue is None or m.close_at is None or not text[m.start : m.end].rstrip().endswith(","):
        return False
    if not (m.close_at < it.cue.start <= m.close_at + 40):
        return False
    before = text[max(0, m.open_at - 4) : m.open_at].rstrip(" \t'`")  # newswire '' and `` marks are two characters
    return before == "" or before.endswith(("\n", ".", "!", "?", "”", '"', ":"))


def _modifier(doc: Document, m: Marked) -> bool:
    """A short quoted word or two that modifies a noun outside the marks ('self-medicating' ants,
    "observer bias"): a scare quote, whatever cue stands nearby."""
    sd = doc.nlp_doc
    seg = doc.text[m.start : m.end]
    if sd is None or len(seg.split()) > 2 or seg.rstrip("’'\"”")[-1:] in ".!?":
        return False
    span = sd.char_span(m.start, m.end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and not (span.start <= root.head.i < span.end)


def _is_title(seg: str) -> bool:
    """A quoted title ("The Art of the Deal", "Stranger Things"): Title Case, no sentence end."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", seg)]
    if len(words) < 2 or seg.rstrip("’'\"”")[-1:] in ".!?,;:":
        return False
    content = [w for w in words if len(w) > 3 or w[0].isupper()]
    return bool(content) and all(w[0].isupper() for w in content) and len(words) <= 12


def _colon_lead(doc: Document, sd: Any, m: Marked) -> Cue | None:
    """'The New York Times reports:\n\n"..."', 'Trump deflected with a non sequitur: "..."',
    "Abedin's succinct reply: "...": a quote right after a colon whose clause has a named subject
    (or a named owner of its head noun) is that one's."""
    text = doc.text
    block = doc.blocks[m.block]
    head = text[block.start : m.open_at]
    if head.strip():
        pre_end = block.start + len(head.rstrip())
    elif m.block > 0 and doc.blocks[m.block - 1].kind in QUOTE_BLOCKS:
        pb = doc.blocks[m.block - 1]
        pre_end = pb.start + len(text[pb.start : pb.end].rstrip())
    else:
        return None
    if pre_end == 0 or text[pre_end - 1] not in ":,":
        return None
    colon = token_at(sd, pre_end - 1)
    if colon is None or colon.text not in (":", ","):
        return None
    root = colon.head
    if colon.text == ",":
        # 'Jo Lund ended with a farewell, "..."', 'Lund extended an invitation to the club, "..."': after a
        # comma only a clause whose object is a message announces the quote
        while root.pos_ not in ("VERB", "AUX") and root.head.i != root.i:
            root = root.head
        if root.i > colon.i:  # the parser hung the clause before the comma under the quote's verb
            pre = [c for c in root.children if c.i < colon.i and c.pos_ in ("VERB", "AUX")
                   and c.dep_ in ("ccomp", "parataxis", "conj", "advcl")]
            if not pre:
                return None
            root = pre[-1]
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGE_NOUNS for c in root.children):
            return None
    while root.dep_ in ("punct", "appos", "conj") and root.head.i != root.i:
        root = root.head
    if root.i > colon.i:
        # 'Jo Park spoke about the fire: "We don't know ..."': the parser made the quote's verb the
        # root and the clause before the colon its complement
        pre = [c for c in root.children if c.i < colon.i and c.pos_ in ("VERB", "AUX")
               and c.dep_ in ("ccomp", "parataxis", "conj", "advcl")]
        if not pre:
            return None
        root = pre[-1]
    subj = subject_of(root) if root.pos_ in ("VERB", "AUX") else next(
        (c for c in root.children if c.dep_ == "poss"), None)
    if subj is None or subj.i >= colon.i:
        return None
    # (or a described subject with a name in apposition: 'A reader, Tom Asante, has sent us this: "..."')
    heads = [subj, *(c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN")]
    named = [x for x in doc.get("mentions") if x.label in ("PERSON", "ORG")
             and any(x.start <= h.idx < x.end for h in heads)]
    if not named:
        return None
    sent = root.sent
    return Cue(root.i, pre_end - 1, pre_end, text[pre_end - 1], "colon", subj.i, None, (sent.start_char, m.end))


def _context_cue(doc: Document, sd: Any, m: Marked) -> Cue | None:
    """'Smith was defiant. "We will never give up."': a quote with no cue, right after a sentence
    of its own paragraph whose subject is a named person, is that person's."""
    block = doc.blocks[m.block]
    text = doc.text
    if text[block.start : m.open_at].strip() == "":
        return None
    tok = token_at(sd, m.open_at)
    if tok is None or tok.i == 0:
        return None
    prev_sent = sd[tok.i - 1].sent
    if prev_sent.start_char < block.start or prev_sent.end_char > m.open_at + 1:
        return None
    subj = next((t for t in prev_sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == prev_sent.root.i), None)
    if subj is None or not (subj.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)):
        return None
    root = prev_sent.root
    return Cue(root.i, root.idx, root.idx + len(root.text), root.text, "context", subj.i, None,
               (prev_sent.start_char, prev_sent.end_char))


def _partial_cue(doc: Document, sd: Any, it: Item, short: bool) -> Cue | None:
    """'the government is taking steps to "put an end" to ...': a quoted verb phrase (two words or
    more) whose clause has a named subject is that subject's words; so is a longer quote inside a
    clause with a named subject ('Bos studies "the amazing adaptations social insects ..."').
    Short quoted adjectives and nouns with no reporting verb stay scare quotes."""
    span = sd.char_span(it.start, it.end, alignment_mode="contract")
    if span is None or len(span) < 2:
        return None
    root = span.root
    if short and (root.pos_ != "VERB" or root.tag_ in ("VBN", "VBG")):
        return None
    if root.head.i == root.i or span.start <= root.head.i < span.end:
        return None  # the quote is a sentence of its own
    subj = subject_of(root)
    if subj is None or subj.i >= span.start:
        return None
    names = [m for m in doc.get("mentions") if m.start <= subj.idx < m.end or (subj.left_edge.idx <= m.start and m.end <= subj.idx + len(subj.text))]
    if not names:
        return None
    gov = root.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    return Cue(gov.i, gov.idx, gov.idx + len(gov.text), gov.text, "partial", subj.i, None, (span.start_char, span.end_char))


def _long_enough(text: str, it: Item) -> bool:
    """A quote, not a scare quote: five words or more, or a whole sentence ("Neither do I.")."""
    seg = text[it.start : it.end]
    words = seg.split()
    sentence = len(words) >= 2 and seg[:1].isupper() and seg.rstrip("’'\"”")[-1:] in ".!?"
    return it.kind != "direct" or len(words) >= MIN_WORDS_UNCUED or sentence


def _window_cue(doc: Document, marked: list[Marked], k: int, cues: list[Cue], sd: Any) -> Cue | None:
    """The cue next to a quoted stretch: after its closing mark ("...," she said) or before its
    opening mark (she said: "..."), within the sentence and not past another quote."""
    text = doc.text
    m = marked[k]
    block = doc.blocks[m.block]
    nxt = marked[k + 1].open_at if k + 1 < len(marked) and marked[k + 1].block == m.block else block.end
    if m.close_at is not None:
        a0 = m.close_at + 1
        # '"... now." she said': a period inside the marks does not end the attribution sentence
        a1 = min(nxt, a0 + _WINDOW, _sentence_bounds(text, block.start, block.end, a0)[1])
        after = [c for c in cues if a0 <= c.start < a1]
        if after and sd is not None and _ends_sentence(text, m):
            after = [c for c in after if _close_after(sd, a0, c)]
            # 'One fan wrote: "... it go." Another posted ...': a cue and a colon right before the
            # opening mark attribute the quote, not the next sentence's verb
            lead = [c for c in cues if block.start <= c.end <= m.open_at and text[c.end : m.open_at].strip() == ":"]
            if after and lead:
                return lead[-1]
        if after:
            return min(after, key=lambda c: (c.cls == "cognition", c.start))
        dash = _DASH.match(text, a0, a1)
        if dash and sd is not None:
            tok = token_at(sd, dash.end())
            if tok is not None and tok.pos_ == "PROPN":
                while tok.i + 1 < len(sd) and sd[tok.i + 1].pos_ == "PROPN" and sd[tok.i + 1].idx < a1:
                    tok = sd[tok.i + 1]
                if _cited_with_date(sd, tok):
                    return None  # '"Document found on street" — CBC.ca, August 15, 2008': a cited title
                return Cue(tok.i, dash.start(1), dash.end(1), dash.group(1), "dash", tok.i, None, (m.start, a1))
        named = _name_after(doc, sd, m, a0, a1) if sd is not None else None
        if named is not None:
            return named
        if not text[a0 : block.end].strip() and m.block + 1 < len(doc.blocks):
            # '"... collapse."' and then a paragraph 'said Jo Park, the mayor.': the cue that opens
            # the next paragraph and reports nothing of its own
            nb = doc.blocks[m.block + 1]
            lead = [c for c in cues if nb.start <= c.start <= nb.start + 1 and c.content is None]
            # ("So says Jo Park, ...", "That's according to Jo Park, ...")
            lead += [c for c in cues if nb.start + 1 < c.start < nb.start + 12 and c.speaker_i is not None
                     and _POINTING_BACK.fullmatch(text, nb.start, c.start)]
            if lead and nb.kind == "paragraph":
                return lead[0]
            named_next = _words_of(doc, sd, nb, m) if sd is not None and nb.kind == "paragraph" else None
            if named_next is not None:
                return named_next
    # the cue may stand before earlier quotes of the same sentence ('called him a "liar," a "bully"')
    b0 = max(block.start, _sentence_bounds(text, block.start, block.end, m.open_at)[0], m.open_at - 2 * _WINDOW)
    before = [c for c in cues if b0 <= c.start < m.open_at]
    if before:
        return max(before, key=lambda c: (c.cls != "cognition", c.start))
    # 'Trump: "We will win"' (headlines, round-ups): a name and a colon right before the mark
    colon = _NAME_COLON.search(text, b0, m.open_at)
    if colon and sd is not None:
        tok = token_at(sd, colon.end(1) - 1)
        # (not a place a phrase ends with: 'has sent us this from his flat in Harwick: "..."')
        # nor one that a preposition other than "from" governs ('a plea she often made to her aide: "..."',
        # 'Of Clinton: "..."'; 'A lesson from Loretta Lynch: "..."' keeps the source)
        if tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC") and not (
                tok.dep_ == "pobj" and tok.head.i < tok.i and tok.head.lower_ != "from"):
            return Cue(tok.i, colon.end(1), colon.end(1) + 1, ":", "colon", tok.i, None, (b0, m.end))
    return None


def _words_of(doc: Document, sd: Any, nb: Any, m: Marked) -> Cue | None:
    """A quote alone in its paragraph and a next paragraph that opens 'Those were the words of X'
    ('That was the verdict of X', 'Such was the view of X'): X is the speaker."""
    w = _WORDS_OF.match(doc.text, nb.start, nb.end)
    if w is None:
        return None
    of = token_at(sd, w.end(1) - 2)
    if of is None or of.lower_ != "of":
        return None
    head = next((c for c in of.children if c.dep_ == "pobj"), None)
    if head is None:
        return None
    return Cue(head.i, w.start(1), w.end(1), doc.text[w.start(1) : w.end(1)], "dash", head.i, None, (m.start, nb.end))


def _name_after(doc: Document, sd: Any, m: Marked, a0: int, a1: int) -> Cue | None:
    """'"...," Jo Park, an analyst at Edmunds.': a person named right after a quote that ends in a
    comma, in a sentence with no verb after it (the article left out "said")."""
    if not doc.text[m.start : m.end].rstrip().endswith(","):
        return None
    rest = sd.char_span(a0, a1, alignment_mode="contract")
    if rest is None or not len(rest) or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
        return None  # a finite verb: a sentence of its own, not a name and its description
    words = [t for t in rest if not t.is_punct and not t.is_space]
    if not words or words[0].ent_type_ != "PERSON":
        return None
    tok = words[0]
    while tok.i + 1 < len(sd) and sd[tok.i + 1].ent_type_ == "PERSON":
        tok = sd[tok.i + 1]
    return Cue(tok.i, m.close_at or m.end, (m.close_at or m.end) + 1, doc.text[m.close_at or m.end], "dash", tok.i, None, (m.start, a1))


def _ends_sentence(text: str, m: Marked) -> bool:
    """The quote ends a sentence inside its marks and the text after them opens a new one
    ('... States." Members of the caucus ...')."""
    if m.close_at is None or text[m.start : m.end].rstrip()[-1:] not in (".", "!", "?"):
        return False
    rest = text[m.close_at + 1 : m.close_at + 40].lstrip()
    return rest[:1].isupper()


def _close_after(sd: Any, a0: int, c: Cue) -> bool:
    """A cue after a quote that ends a sentence attributes it only when it follows the closing
    mark closely: the speaker's noun phrase and the verb, no verb of another clause between
    and reporting nothing else ('"..." Sen. Claire McCaskill (D-Mo.) said' but not '"..." Members held a press conference
    shortly after Trump said ...')."""
    gap = sd.char_span(a0, c.start, alignment_mode="expand")
    if gap is None:
        return True
    words = [t for t in gap if not t.is_punct]
    return c.content is None and len(words) <= 25 and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _cited_with_date(sd: Any, name: Any) -> bool:
    """'— The Canadian Press, August 15, 2008': a source and a date after the dash (a reference
    list), not a speaker."""
    rest = sd[name.i + 1 : name.i + 8]
    if not len(rest) or rest[0].text != ",":
        return False
    for t in rest[1:]:
        if "\n" in t.text:
            break
        if t.ent_type_ == "DATE":
            return True
    return False


def _block_index(doc: Document, offset: int) -> int:
    for i, b in enumerate(doc.blocks):
        if b.start <= offset < b.end:
            return i
    return -1


def _asked_one(sd: Any, cue: Cue) -> Any | None:
    """The subject of a passive "asked" cue ("He was asked whether ..."): the one who answers."""
    verb = sd[cue.i]
    if verb.lemma_.lower() != "ask":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she"))),
                None)


def _chain(doc: Document, items: list[Item], cues: list[Cue]) -> None:
    """Multi-paragraph quotes share one cue; an uncued quote that opens its paragraph right after
    a quote (or after a paragraph ending in a cue and a colon) carries on that speaker."""
    text = doc.text
    sd = doc.nlp_doc
    # a quote of several paragraphs takes the cue of its last piece, back through all its pieces
    for n in range(len(items) - 2, -1, -1):
        it, nxt = items[n], items[n + 1]
        if it.kind == "direct" and it.pieces and it.cue is None and it.pieces[0].closed is False \
                and nxt.pieces and nxt.pieces[0].continued and nxt.cue is not None:
            it.cue = nxt.cue
    for n, it in enumerate(items):
        if it.kind != "direct" or not it.pieces:
            continue
        m = it.pieces[0]
        # the next piece of a multi-paragraph quote may hold the cue ("...\n\n"...," he said), also
        # for an article's first quote
        if it.cue is None and m.closed is False and n + 1 < len(items) and items[n + 1].pieces \
                and items[n + 1].pieces[0].continued and items[n + 1].cue is not None:
            it.cue = items[n + 1].cue
            continue
        if it.cue is None and n > 0 and _long_enough(text, it):
            prev = items[n - 1]
            k, skipped = n - 1, []
            # ('"Next summer," he would say when my mother asked when it would be ready. "Next summer, I
            # promise."': a statement reported in a subordinate clause of the quote before is not who goes on)
            while k > 0 and prev.kind == "indirect" and prev.cue is not None and sd is not None:
                before = items[k - 1].cue
                if not (sd[prev.cue.i].dep_ in ("advcl", "relcl", "acl", "pcomp") and items[k - 1].kind == "direct"
                        and before is not None and _block_index(doc, items[k - 1].start) == m.block
                        and before.i in [a.i for a in sd[prev.cue.i].ancestors]):
                    break
                skipped.append(prev.cue)
                k -= 1
                prev = items[k]
            block = doc.blocks[m.block]
            opens_block = text[block.start : m.open_at].strip() == ""
            gap_blocks = m.block - _block_index(doc, prev.end - 1)
            # a speaker carries on from a quote or a speech cue, not from "it is known that ..."
            attributed = (prev.cue is not None and (prev.kind == "direct" or prev.cue.cls != "cognition")) or prev.follows is not None
            # 'He was asked whether he would complain. "What for? ..."': the answer is the one asked's
            # (the cue is keyed on the one asked: the question itself, keyed on "asked", has nobody)
            asked = _asked_one(sd, prev.cue) if sd is not None and prev.cue is not None else None
            if asked is not None and 0 <= gap_blocks <= 1 and (opens_block or gap_blocks == 0):
                verb = sd[asked.head.i]
                it.cue = Cue(asked.i, verb.idx, verb.idx + len(verb.text), verb.text, "context", asked.i, None,
                             (verb.sent.start_char, verb.sent.end_char))
                continue
            # (over a paragraph between only from a direct quote: a quote stream, not a reported clause)
            if opens_block and 0 <= gap_blocks <= (2 if prev.kind == "direct" else 1) and attributed:
                it.follows = prev
                continue
            # '"A," said Blair. "B."': a second quote right after the first one's attribution
            # a cue between blocks the carry-on when it reports something or names a new speaker
            between = [c for c in cues if prev.end <= c.start < m.open_at and c is not prev.cue and c not in skipped
                       and (prev.cue is None or c.speaker_i != prev.cue.speaker_i)
                       and (c.content is not None or (c.speaker_i is not None and sd is not None and sd[c.speaker_i].pos_ == "PROPN"))]
            if gap_blocks == 0 and attributed and not between:
                it.follows = prev
                continue
            # "Rathbun stated,\n\"...\"": the previous paragraph ends with a cue and a colon or comma
            if opens_block and m.block > 0:
                pb = doc.blocks[m.block - 1]
                tail = text[pb.start : pb.end].rstrip()
                if tail.endswith((":", ",")):
                    near = [c for c in cues if pb.start <= c.start < pb.end and pb.end - c.start < _WINDOW]
                    if near:
                        it.cue = max(near, key=lambda c: c.start)
