"""Paste or upload an article to analyze: only when the app was started with ``--writable``.

The text (or file) is refused above the upload limit, turned into a Document like any
other input, run through the pipeline and written to the store in one transaction; the
browser is then sent to the new article's page.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from newsgraph.config import check_date
from newsgraph.errors import ConfigError, InputError
from newsgraph.ingest.readers import Article
from newsgraph.web.context import WebContext, ctx_of

router = APIRouter(include_in_schema=False)

_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".txt": "text"}


def _require_writable(ctx: WebContext) -> None:
    if not ctx.writable:
        raise HTTPException(403, "This server is read-only. Start it with `newsgraph serve --writable` to analyze articles.")


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> Response:
    ctx = ctx_of(request)
    return ctx.page(request, "analyze.html", limit=ctx.upload_limit, error=None, form={})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze(request: Request) -> Response:
    ctx = ctx_of(request)
    _require_writable(ctx)
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.url.netloc:
        raise HTTPException(403, "Cross-site form posts are refused.")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > ctx.upload_limit + 64_000:
        raise HTTPException(413, f"The article is larger than the limit of {ctx.upload_limit:,} bytes.")
    form = await request.form()
    text = str(form.get("text") or "")
    fmt = str(form.get("format") or "") or None
    upload = form.get("file")
    meta = {k: str(form.get(k)).strip() for k in ("title", "published", "source", "url") if str(form.get(k) or "").strip()}
    fields = {k: str(form.get(k) or "") for k in ("title", "published", "source", "url", "text")}
    try:
        if "published" in meta:
            check_date(meta["published"], "published date")  # NG023, shown on the form
        if upload is not None and not isinstance(upload, str) and upload.filename:
            raw = await upload.read(ctx.upload_limit + 1)
            if len(raw) > ctx.upload_limit:
                raise HTTPException(413, f"The file is larger than the limit of {ctx.upload_limit:,} bytes.")
            doc_id = store_upload(ctx, raw, upload.filename, fmt, meta)
            return RedirectResponse(f"/articles/{doc_id}", status_code=303)
        if len(text.encode("utf-8")) > ctx.upload_limit:
            raise HTTPException(413, f"The article is larger than the limit of {ctx.upload_limit:,} bytes.")
        doc_id = store_article(ctx, text, fmt, meta)
    except (InputError, ConfigError) as exc:
        return ctx.page(request, "analyze.html", status_code=400, limit=ctx.upload_limit, error=str(exc), form=fields)
    return RedirectResponse(f"/articles/{doc_id}", status_code=303)


def store_upload(ctx: WebContext, raw: bytes, name: str, fmt: str | None, meta: dict[str, str]) -> str:
    """An uploaded file read like any ingest input (text, markdown, HTML, PDF, feed, WARC: the
    first article it holds), analyzed and stored; returns its id. Raises InputError on bad input."""
    from newsgraph.ingest.readers import Failure, read_bytes

    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    first = next(iter(read_bytes(raw, name, ctx.settings, fmt or _FORMATS.get(suffix))), None)
    if first is None:
        raise InputError("the file holds no article", code="NG001", location=name)
    if isinstance(first, Failure):
        raise first.error
    first.meta.update(meta)
    return _store(ctx, first)


def store_article(ctx: WebContext, text: str, fmt: str | None, meta: dict[str, str]) -> str:
    """Analyze one article and write it to the store; returns its id. Raises InputError on bad input."""
    from newsgraph.ingest import sniff_format

    kind = fmt or sniff_format(text)
    kind = kind if kind in ("text", "markdown", "html") else "text"
    return _store(ctx, Article(text, kind, meta, "<web>"))


def _store(ctx: WebContext, article: Article) -> str:
    """The article through the one ingest (the same checks as ``newsgraph ingest``, the English
    check included), written to the store; its id, or the InputError that refused it."""
    from newsgraph.store import Store
    from newsgraph.store.ingest import ingest

    pipe = ctx.pipeline()
    with Store(ctx.settings.store) as st:
        # hold=False: this process's other threads read the store and cannot ask for it
        summary = ingest([article], ctx.settings, st, command="web-analyze", pipeline=pipe, hold=False)
    if summary.ids:
        return summary.ids[0]
    err = summary.errors[0] if summary.errors else None
    if isinstance(err, InputError):
        raise err
    if err is not None:  # the pipeline or the store failed on it: shown on the form like bad input
        raise InputError(err.reason, code=err.code, location="<web>")
    raise InputError("the article was not stored", code="NG030", location="<web>")
