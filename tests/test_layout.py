"""Layout repair: general print-page rules, tested on hand-made pages (not the seed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest.layout import repair

PAGE = """# Floods force thousands from homes in river valley

**Jane Q. Example**
Regional correspondent

Heavy rain on Monday pushed the river over its banks, and officials said the water
was still rising in the lower valley towns.

Officials said the water was still rising in the lower valley towns.

Rescue crews worked through the night in boats, moving families from the roofs of

Residents wade through a flooded street in the valley on Monday.
● JOHN DOE/REUTERS

houses to school buildings on higher ground. The mayor said more help was need-
ed before the weekend.
"""


def _blocks(layout, kind):
    return [layout.text[b.start : b.end] for b in layout.blocks if b.kind == kind]


def test_headline_byline_role():
    lay = repair(PAGE)
    assert lay.title == "Floods force thousands from homes in river valley"
    assert lay.author == "Jane Q. Example"
    assert lay.author_role == "Regional correspondent"
    assert "#" not in lay.text and "**" not in lay.text


def test_caption_and_credit_kept_outside_body():
    lay = repair(PAGE)
    assert lay.captions == [{"text": "Residents wade through a flooded street in the valley on Monday.", "credit": "JOHN DOE/REUTERS"}]
    body = " ".join(lay.paragraphs)
    assert "REUTERS" not in body and "Residents wade" not in body


def test_furniture_line_kept_in_place_outside_body():
    page = (
        "Council votes to close two libraries\n\nThe council voted on Tuesday to close two branch libraries.\n\n"
        "Advertisement\n\nThe mayor said the savings would fund longer hours elsewhere.\n\n"
        "Categories: Local government Budget cuts and conflicts Libraries\n"
    )
    lay = repair(page)
    assert _blocks(lay, "furniture") == ["Advertisement", "Categories: Local government Budget cuts and conflicts Libraries"]
    body = " ".join(lay.paragraphs)
    assert "Categories" not in body and "Advertisement" not in body
    assert lay.text.index("Advertisement") < lay.text.index("The mayor said")  # in place: offsets keep their order


def test_duplicate_paragraph_kept_once():
    lay = repair(PAGE)
    body = " ".join(lay.paragraphs)
    assert body.count("the water was still rising") == 1
    assert _blocks(lay, "deck") == ["Officials said the water was still rising in the lower valley towns."]


def test_column_break_rejoined_across_caption_and_hyphen():
    lay = repair(PAGE)
    joined = [p for p in lay.paragraphs if p.startswith("Rescue crews")]
    assert joined and "roofs of houses to school buildings" in joined[0]
    assert "more help was needed before" in joined[0]
    assert len(lay.paragraphs) == 2


def test_offsets_map_back_to_source():
    lay = repair(PAGE)
    for b in lay.blocks:
        s, e = lay.offsets.span_to_source(b.start, b.end)
        assert 0 <= s <= e <= len(PAGE)
    # a word copied one to one maps to the same characters
    i = lay.text.index("Rescue crews")
    s, e = lay.offsets.span_to_source(i, i + len("Rescue crews"))
    assert PAGE[s:e] == "Rescue crews"


def test_inline_agency_credit():
    lay = repair("A protester holds a sign outside parliament. (AP Photo/Jane Roe)\n\nThe vote was delayed again on Tuesday, officials said.\n")
    assert lay.captions and lay.captions[0]["credit"].startswith("AP Photo")


def test_plain_text_lines_are_paragraphs():
    text = "Title line here\nFirst sentence of the story.\nSecond paragraph of the story."
    lay = repair(text, markdown=False, title="Title line here")
    assert lay.title == "Title line here"
    assert lay.paragraphs == ["First sentence of the story.", "Second paragraph of the story."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_repair_never_breaks_offsets(text):
    lay = repair(text)
    for b in lay.blocks:
        assert 0 <= b.start <= b.end <= len(lay.text)
        s, e = lay.offsets.span_to_source(b.start, b.end)
        assert 0 <= s <= e <= len(text)


def test_a_long_title_line_is_a_headline_and_a_statement_line_is_not_glued_to_it():
    from newsgraph.ingest.layout import repair

    src = (
        "Minister praises the water-sharing pact between the two provinces as an early step towards "
        "settling the long quarrel over irrigation quotas on the upper river valley\n\n"
        "David Mensah, Minister for Rural Affairs, said:\n\n"
        "I am glad the two provinces have settled on a fair share of the river.\n\n"
        "Farmers on both banks will feel the difference this summer.\n"
    )
    lay = repair(src)
    kinds = [b.kind for b in lay.blocks]
    assert kinds[0] == "headline"
    assert "valley\n\nDavid Mensah" in lay.text


def test_embedded_posts_copied_as_text_are_blocks_of_their_own():
    src = ("Council backs new bridge\n\nThe city council voted on Tuesday to rebuild the old river bridge.\n\n"
           "The bridge vote passed 7 to 2 tonight, a big day for the town. pic.twitter.com/abc123XY\n"
           "— Northvale Council (@northvale) May 1, 2024\n\nWork is to start in March, the council said.\n\n"
           "Great news for our shops!\n\n— Jo Park (@jopark) May 1, 2024\n\n"
           "Thank you all for coming tonight — Ana Ruiz (@anaruiz) May 2, 2024\nThe mayor spoke next.\n")
    lay = repair(src, markdown=False)
    kinds = [(b.kind, lay.text[b.start : b.end]) for b in lay.blocks]
    embeds = [t for k, t in kinds if k == "embed"]
    assert len(embeds) == 3
    assert embeds[0].endswith("— Northvale Council (@northvale) May 1, 2024")
    assert embeds[1] == "Great news for our shops! — Jo Park (@jopark) May 1, 2024"
    assert ("paragraph", "Work is to start in March, the council said.") in kinds  # not glued to the post
    assert ("paragraph", "The mayor spoke next.") in kinds
    # an ordinary dash and a handle in a sentence are no signature
    lay = repair("A title here\n\nThe mayor — Jo Park (@jopark on most sites) — spoke on May 1, 2024 at the hall.\n\n"
                 "More text follows here.\n", markdown=False)
    assert not any(b.kind == "embed" for b in lay.blocks)
