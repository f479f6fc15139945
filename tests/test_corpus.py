"""Copies, embedded stories and story clusters on texts and records built by hand (no model)."""

from __future__ import annotations

import datetime as dt
import random

from newsgraph.corpus.copies import CopyText, find_copies, numbers_agree
from newsgraph.corpus.shingles import body_text, numbers, shingles
from newsgraph.corpus.stories import StoryArticle, cluster, low_best_high

WORDS = ("river council bridge storm farmers market harbour school hospital railway minister police village "
         "museum election budget tunnel airport festival factory workers union court judge teachers nurses "
         "drivers station ferry island mountain forest coast valley desert").split()


def article(seed: int, n: int = 160) -> str:
    """A random article of ``n`` words in paragraphs of 40."""
    rng = random.Random(seed)
    ws = [rng.choice(WORDS) for _ in range(n)]
    return "\n\n".join(" ".join(ws[i:i + 40]) for i in range(0, n, 40))


def ct(i: str, text: str, published: str | None = None, order: int = 0) -> CopyText:
    return CopyText.of(i, dt.date.fromisoformat(published) if published else None, order, text)


def edit(text: str, rate: float, seed: int = 1) -> str:
    rng = random.Random(seed)
    return " ".join(w if rng.random() > rate else rng.choice(WORDS) for w in text.split(" "))


def test_body_leaves_out_headline_and_captions():
    text = "Headline here\n\nBody one.\n\nPhoto: a caption"
    blocks = [("headline", 0, 13), ("paragraph", 15, 24), ("caption", 26, 42)]
    assert body_text(text, blocks) == "Body one."
    assert body_text(text, []) == text
    assert shingles("One two three four five", k=4) == shingles("one, TWO three four  five!", k=4)
    assert len(shingles("a b c d e", k=4)) == 2 and shingles("") == set()


def test_edited_copy_links_to_earliest():
    orig = article(1)
    links = find_copies([ct("late", edit(orig, 0.03), "2024-01-03", 0), ct("orig", orig, "2024-01-02", 1),
                         ct("other", article(2), "2024-01-02", 2)])
    assert [(x.article_id, x.original_id, x.kind) for x in links] == [("late", "orig", "copy")]
    assert links[0].containment > 0.8


def test_same_date_earliest_by_ingest_order_and_undated_last():
    orig = article(3)
    links = find_copies([ct("b", orig, "2024-01-02", 1), ct("a", edit(orig, 0.02), "2024-01-02", 0),
                         ct("u", edit(orig, 0.02, 5), None, 2)])
    assert {(x.article_id, x.original_id) for x in links} == {("b", "a"), ("u", "a")}


def test_date_window():
    orig = article(4)
    far = [ct("x", orig, "2024-01-01"), ct("y", orig, "2024-03-01", 1)]
    assert find_copies(far) == []
    assert len(find_copies(far, days=90)) == 1


def test_trimmed_copy_and_embedded_story():
    wire = article(5, 120)
    host = article(6, 400)
    paras = host.split("\n\n")
    embedding = "\n\n".join([*paras[:5], wire, *paras[5:]])
    trimmed = "\n\n".join(wire.split("\n\n")[:2])
    links = find_copies([ct("wire", wire, "2024-01-01", 0), ct("embedding", embedding, "2024-01-02", 1),
                         ct("trimmed", trimmed, "2024-01-02", 2)])
    kinds = {(x.article_id, x.original_id): x.kind for x in links}
    assert kinds[("embedding", "wire")] == "embeds"
    assert kinds[("trimmed", "wire")] == "copy"


def test_unrelated_and_short_texts_are_not_copies():
    texts = [ct(str(i), article(10 + i), "2024-01-01", i) for i in range(8)]
    texts.append(ct("short", "river council bridge", "2024-01-01", 9))
    texts.append(ct("short2", "river council bridge", "2024-01-01", 10))
    assert find_copies(texts) == []


def test_templated_reports_with_other_numbers_are_not_copies():
    base = article(20)
    a = base + "\n\nThey counted 34 strikes, 23 in one place and 11 in another, on day 8."
    b = base + "\n\nThey counted 27 strikes, 19 in one place and 6 in another, on day 9."
    assert not numbers_agree(frozenset(numbers(a)), frozenset(numbers(b)))
    assert numbers_agree(frozenset({"1", "2"}), frozenset({"3"}))
    assert find_copies([ct("a", a, None, 0), ct("b", b, None, 1)]) == []
    assert len(find_copies([ct("a", a, None, 0), ct("c", a, None, 1)])) == 1


def sa(i: str, published: str | None, names: set[str], body: str = "", figures=(), source: str = "S", **kw) -> StoryArticle:
    return StoryArticle(i, dt.date.fromisoformat(published) if published else None, 0, source, i, body,
                        frozenset(names), figures=tuple(figures), **kw)


def filler(n: int) -> list[StoryArticle]:
    return [sa(f"f{k}", "2024-05-01", {f"name{k}", f"other{k}"}, article(100 + k)) for k in range(n)]


def test_stories_join_same_event_and_flag_disagreeing_tolls():
    names = {"ada quill", "springfield", "springfield council"}
    a = sa("a", "2024-03-05", names, "storm flood springfield killed", [("KILL", 12.0, "12"), ("MONEY", 5.0, "$5")], "Wire A")
    b = sa("b", "2024-03-07", names, "storm toll rises killed", [("KILL", 15.0, "15"), ("KILL", 3.0, "3")], "Wire B")
    c = sa("c", "2024-03-06", names, "storm killed", [("KILL", 12.0, "twelve")], "Wire C")
    late = sa("late", "2024-05-05", names, "storm anniversary")
    stories = cluster([a, b, c, late, *filler(10)])
    assert len(stories) == 1
    s = stories[0]
    assert [x.id for x in s.articles] == ["a", "c", "b"] and s.first.id == "a"
    assert s.sources == ["Wire A", "Wire B", "Wire C"]
    assert s.disagreements == {"KILL": (12.0, 12.0, 15.0)}
    assert len(s.figures["KILL"]) == 4 and "MONEY" not in s.figures


def test_stories_need_dates_and_similarity():
    a = sa("a", "2024-03-05", {"ada quill", "springfield"})
    b = sa("b", "2024-03-06", {"bob stone", "shelbyville"})
    u = sa("u", None, {"ada quill", "springfield"})
    assert cluster([a, b, u, *filler(10)]) == []
    # a copy link always joins, dated or not
    joined = cluster([a, b, u, *filler(10)], copies=[("u", "a")])
    assert [[x.id for x in s.articles] for s in joined] == [["a", "u"]]


def test_low_best_high():
    assert low_best_high([]) is None
    assert low_best_high([15.0, 12.0]) == (12.0, 13.5, 15.0)
    assert low_best_high([3.0, 40.0, 5.0]) == (3.0, 5.0, 40.0)


def test_similarity_adds_event_place_and_day():
    from newsgraph.corpus.stories import W_DAY, W_EVENT, W_PLACE, similarity

    base = dict(names={"ada quill"}, body="")
    a = sa("a", "2024-03-05", **base)
    b = sa("b", "2024-03-06", **base)
    idf = {"ada quill": 1.0}
    plain = similarity(a, b, {}, {}, idf)
    c = sa("c", "2024-03-05", **base, event_types=frozenset({"ASSAULT"}), places=frozenset({"springfield"}),
           days=frozenset({"2024-03-04"}))
    d = sa("d", "2024-03-06", **base, event_types=frozenset({"ASSAULT"}), places=frozenset({"springfield"}),
           days=frozenset({"2024-03-04"}))
    assert abs(similarity(c, d, {}, {}, idf) - plain - (W_DAY + W_EVENT + W_PLACE)) < 1e-9
    assert similarity(c, d, {"storm": 1.0}, {"storm": 1.0}, idf) > similarity(c, d, {}, {}, idf)


def test_story_span_is_bounded():
    names = {"ada quill", "springfield"}
    chain = [sa(f"d{k}", (dt.date(2024, 3, 1) + dt.timedelta(days=5 * k)).isoformat(), names, "storm flood") for k in range(8)]
    stories = cluster([*chain, *filler(10)])
    assert len(stories) >= 2
    for s in stories:
        dates = [a.published for a in s.articles if a.published]
        assert (max(dates) - min(dates)).days <= 14
    # copies are joined first, and within the span too
    far = cluster([sa("a", "2024-01-01", {"x"}), sa("b", "2024-03-01", {"y"})], copies=[("b", "a")])
    assert far == []
