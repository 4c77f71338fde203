"""``POST /api/extract``: one document (text or HTML) in, one ARTICLE out.

The body is read with a hard size limit (413 beyond it) before any parsing, and the
document is analysed in a worker process (``eventwire.scale.service``), one at a time, with
the per-document time limit and a memory limit: a pathological paste costs at most that,
never the server. Over a limit the answer is an HTTP error that says which: 413 (too big to
analyse in the memory limit, or too many tokens), 422 (took longer than the time limit),
503 (too many pastes already waiting; retry).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, ValidationError

from eventwire.api.params import parse_day
from eventwire.ingest.readers import content_id, web_url
from eventwire.models import Article, RawDocument
from eventwire.scale.service import Busy, DocumentService

MAX_EXTRACT_BYTES = 2 * 1024 * 1024

router = APIRouter(tags=["extract"])
# An analysis that stopped at a limit -> the HTTP status that says so.
_LIMIT_STATUS = {"memory": 413, "crash": 413, "size": 413, "timeout": 422}


class ExtractRequest(BaseModel):
    """A document to analyse. ``text`` may be plain text or a whole HTML page."""

    text: str = Field(description="Plain text or HTML of one article.")
    published: str | None = Field(
        default=None, description="Publication date (ISO 8601), when the text lacks one."
    )
    url: str | None = Field(
        default=None, max_length=2048, description="Page URL, kept in the output."
    )
    id: str | None = Field(
        default=None, max_length=200, description="Id for the output; a content hash otherwise."
    )


_RAW_TYPES = ("text/plain", "text/html", "application/xhtml+xml")

_OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": f"JSON with a `text` field, or the raw text/HTML itself; at most {MAX_EXTRACT_BYTES} bytes.",
        "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it exceeds ``limit`` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(
            413, f"request body is {int(declared)} bytes; the limit is {limit} bytes"
        )
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body exceeds the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_request(
    body: bytes, content_type: str, published: str | None, url: str | None
) -> ExtractRequest:
    """JSON bodies are validated against ``ExtractRequest``; text/HTML bodies are the document."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/json":
        try:
            payload = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HTTPException(422, f"body: not valid JSON ({exc})") from None
        except RecursionError:
            raise HTTPException(422, "body: JSON nested too deeply") from None
        try:
            document = ExtractRequest.model_validate(payload)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            raise HTTPException(422, f"{where}: {first['msg']}") from None
    elif media_type in _RAW_TYPES or not media_type:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(422, "body: text must be UTF-8 encoded") from None
        document = ExtractRequest(text=text, published=published, url=url)
    else:
        raise HTTPException(
            415,
            f"unsupported content type {media_type!r}: send application/json, "
            "text/plain or text/html",
        )
    if not document.text.strip():
        raise HTTPException(422, "text: the document is empty")
    if document.url and not web_url(document.url):
        raise HTTPException(422, "url: must be an http(s) URL")
    if document.published:
        parse_day("published", document.published)
    return document


@router.post(
    "/api/extract",
    summary="Analyse one article (text or HTML) without storing it",
    openapi_extra=_OPENAPI_BODY,
)
async def extract(request: Request, published: str | None = None, url: str | None = None) -> dict:
    """Run the whole pipeline on the posted document and return its ARTICLE (events, quotes)."""
    body = await read_limited(request, request.app.state.max_extract_bytes)
    document = parse_request(body, request.headers.get("content-type", ""), published, url)
    service: DocumentService = request.app.state.documents
    raw = RawDocument(
        id=document.id or content_id(document.text),
        content=document.text,
        origin="<api>",
        url=document.url,
    )
    try:
        article = await run_in_threadpool(service.analyse, raw, document.published)
    except Busy as exc:
        raise HTTPException(
            503, f"{exc}; try again shortly", headers={"Retry-After": "5"}
        ) from None
    _refuse_over_limit(article)
    return article.model_dump(mode="json")


def _refuse_over_limit(article: Article) -> None:
    """An HTTP error when the analysis stopped at a time, memory or size limit."""
    for error in article.errors:
        status = _LIMIT_STATUS.get(error.stage)
        if status is not None:
            raise HTTPException(status, f"{error.stage}: {error.message}")
