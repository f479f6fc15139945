"""Page furniture that trafilatura keeps in the text, and pages that are not articles.

:func:`is_boilerplate` is true for a whole line that is only:

- share widgets: "Tweet", "- Digg this", "Share on Facebook", "Email | Print";
- gallery furniture: counters ("1 of 18.", "Image 3 of 12"), "Loading Photo Gallery",
  "View gallery", "Enlarge this image", "Previous" / "Next";
- teaser and related links: "Related: ...", "READ MORE: ...", "See also: ...", "Recommended
  for you", "Most read";
- newsletter prompts: a line of at most 30 words that opens by asking to sign up,
  subscribe, join or get something for a newsletter, an inbox or e-mail updates, asks
  to sign up or subscribe to "our/the ... newsletter", or offers content "delivered to
  your inbox";
- advertising labels: "Advertisement", "Story continues below advertisement";
- tag and category lists: "Categories: Politics, Elections", "Topics: ...", "Filed under: ...".

:func:`not_article_reason` names why a page is an error (404), cookie-consent or paywall
page rather than an article; such a page's body is short (under ``SHORT_BODY`` words) and
mostly about the error, the cookies or the subscription, so a long article that mentions a
cookie policy, or a short one under a cookie line, is never refused.
"""

from __future__ import annotations

import re

#: a page whose body has fewer words may be an error, consent or paywall page
SHORT_BODY = 120
#: a consent page: at least this share of its words are in sentences about cookies or consent
CONSENT_SHARE = 0.4
#: a paywall page: fewer than 60 words, at least this share in sentences asking to subscribe or sign in
#: (a teaser paragraph above a short prompt is article text and is kept)
PAYWALL_SHARE = 0.5

#: a sentence ends in a full stop: a tag list does not ("Topic: the vote was close." is prose)
_TERMINAL = re.compile(r"[.!?][\"'”’)]*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·|]\s*)+")
_SHARE_WORD = (
    r"(?:share(?:\s+(?:this|on\s+\w+|via\s+\w+|article|story|post))?|tweet(?:\s+this)?|digg(?:\s+this)?|e-?mail(?:\s+this)?|print(?:\s+this)?|"
    r"pin(?:\s+it)?|facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|telegram|flipboard|tumblr|stumbleupon|"
    r"copy\s+link|copied|save|bookmark|like|comments?|\d+\s+comments?|\d+\s+shares?|messenger|sms)"
)
_SHARE = re.compile(rf"^{_SHARE_WORD}(?:\s*[|/,•·]?\s*{_SHARE_WORD})*\s*[.!]?$", re.IGNORECASE)
_GALLERY = re.compile(
    r"^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s+(?:of|/)\s+\d{1,3}\.?$|"
    r"^(?:loading\s+)?(?:photo\s+|image\s+|video\s+)?gallery\.?$|"
    r"^(?:view|see|open|launch|show|watch)\s+(?:the\s+)?(?:full\s+)?(?:photo\s+|image\s+)?(?:gallery|slideshow|photos)\b.{0,30}$|"
    r"^\d{1,3}\s+(?:photos|images|pictures)$|"
    r"^(?:enlarge|expand)\s+this\s+image\.?$|"
    r"^(?:previous|next)(?:\s+(?:slide|photo|image|article|story))?$",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|coverage|content|news|links|reading))?|read\s+more|read\s+also|also\s+read|"
    r"see\s+also|more\s+from\s+[\w ]{1,30}|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|"
    r"most\s+(?:read|popular|viewed)|trending(?:\s+now)?|don'?t\s+miss|editor'?s\s+picks?|top\s+stories)"
    r"(?:\s*[:»|>–—-]\s*.{0,200}|\s*\.{0,3})$",
    re.IGNORECASE,
)
#: a tag or category list under the article ("Topics: Elections, Congress", "Filed under: ...")
_TAGS = re.compile(r"^(?:categor(?:y|ies)|tags?|topics?|filed\s+(?:under|in)|more\s+on)\s*:\s*\S.{0,300}$", re.IGNORECASE)
_NEWSLETTER = re.compile(
    r"^\W*(?:sign\s*up|subscribe|register|get|join|enter\s+your\s+e-?mail)\b.{0,80}\b(?:newsletters?|inbox|e-?mail\s+(?:updates|alerts))\b|"
    r"\b(?:sign\s*up|subscribe)\s+(?:to|for)\s+(?:our|the|my)\b.{0,40}\bnewsletters?\b|"
    r"^\W*(?:join|subscribe\s+to)\s+our\s+(?:newsletter|mailing\s+list)\b|"
    r"\bdelivered\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox\b",
    re.IGNORECASE,
)
_AD = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|skip\s+advertisement|"
    r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+below|scroll\s+to\s+continue(?:\s+with\s+content)?)\.?$",
    re.IGNORECASE,
)

_ERROR_TITLE = re.compile(
    r"\b(?:40[34]|410|50[0-3])\b\s*(?:error|page|[-:|–]|not\s+found|forbidden|gone)|\b(?:error|page)\s*[-:]?\s*(?:40[34]|410|50[0-3])\b|"
    r"^\s*(?:40[34]|410|50[0-3])\s*$|\bpage\s+not\s+found\b|\bpage\s+(?:does\s+not|doesn'?t|could\s+not\s+be|cannot\s+be)\s+(?:exist|found)\b|"
    r"\b(?:content|article|story)\s+(?:not\s+found|no\s+longer\s+available)\b|\baccess\s+denied\b|"
    r"^\s*(?:not\s+found|forbidden|oops\b.*|something\s+went\s+wrong|error)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_ERROR_BODY = re.compile(
    r"\b(?:page\s+(?:you\s+(?:are|were|'re)\s+looking\s+for|you\s+requested)\b.{0,60}\b(?:not|no\s+longer|moved|removed|exist)|"
    r"(?:404|error)\s*[:.-]?\s*(?:page\s+)?not\s+found|we\s+(?:can'?t|cannot|couldn'?t)\s+find\s+(?:the|that|this)\s+page)",
    re.IGNORECASE,
)
_CONSENT = re.compile(
    r"\b(?:we\s+(?:and\s+our\s+(?:partners|vendors)\s+)?use\s+cookies|cookie\s+(?:policy|settings|preferences|consent)|"
    r"(?:accept|reject)\s+all(?:\s+cookies)?|manage\s+(?:your\s+)?(?:cookie\s+)?(?:preferences|consent|choices)|"
    r"before\s+you\s+continue|your\s+privacy\s+choices|we\s+value\s+your\s+privacy)\b",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"\b(?:subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading|to\s+continue\s+reading|subscribers?\s+only|"
    r"(?:for|available\s+to)\s+(?:paying\s+)?subscribers|already\s+a\s+subscriber|(?:sign|log)\s+in\s+to\s+(?:continue|read)|"
    r"you\s+have\s+reached\s+your\s+(?:free\s+)?(?:article\s+)?limit|this\s+(?:article|content)\s+is\s+(?:for|available\s+to)\s+subscribers|"
    r"create\s+a\s+free\s+account\s+to\s+(?:continue|read))\b",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """True when the whole line is page furniture (see the module docstring)."""
    t = _BULLET.sub("", line).strip()
    if not t:
        return True
    if len(t) > 300:
        return False
    if _SHARE.match(t) or _GALLERY.match(t) or _AD.match(t):
        return True
    if _TEASER.match(t) or _TAGS.match(t) and not _TERMINAL.search(t):
        return True
    return len(t.split()) <= 30 and bool(_NEWSLETTER.search(t)) and not t.rstrip().endswith(('"', "”"))


def _share(rx: re.Pattern[str], body: str, words: int) -> float:
    """The share of the body's words in sentences or lines that match ``rx``."""
    parts = re.split(r"(?<=[.!?])\s+|\n", body)
    return sum(len(p.split()) for p in parts if rx.search(p)) / max(1, words)


def not_article_reason(titles: list[str], body: str) -> str | None:
    """"an error page", "a cookie-consent page" or "a paywall page", or None for an article."""
    words = len(body.split())
    if words >= SHORT_BODY:
        return None
    if any(_ERROR_TITLE.search(t) and len(t.split()) <= 12 for t in titles) or _ERROR_BODY.search(body):
        return "an error page"
    if _share(_CONSENT, body, words) >= CONSENT_SHARE:
        return "a cookie-consent page"
    if words < 60 and _share(_PAYWALL, body, words) >= PAYWALL_SHARE:
        return "a paywall page"
    return None
