"""The FastAPI application: REST API under ``/api``, OpenAPI at ``/docs``, dashboard at ``/``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import eventwire
from eventwire.actors import is_known_code
from eventwire.api import aggregates, codebook, explore, extract, routes, sources
from eventwire.api.cache import ResponseCache
from eventwire.api.db import Database
from eventwire.pipeline.limits import MEMORY_LIMIT
from eventwire.scale import DOC_TIMEOUT
from eventwire.scale.service import DocumentService

if TYPE_CHECKING:
    from eventwire.analytics import AnalyticsStore

STATIC = Path(str(resources.files("eventwire.api") / "static"))


def create_app(
    db_path: str | Path | None,
    *,
    max_extract_bytes: int = extract.MAX_EXTRACT_BYTES,
    shared_store: AnalyticsStore | None = None,
    allowed_hosts: Sequence[str] | None = None,
    extract_timeout: float = DOC_TIMEOUT,
    extract_memory: int = MEMORY_LIMIT,
) -> FastAPI:
    """The app over the DuckDB file at ``db_path`` (opened read-only, per request), or over
    ``shared_store`` when this process also writes the file (``eventwire serve --ingest``).

    ``allowed_hosts``: the host names requests may address (the ``Host`` header; a page on
    another site that rebinds its DNS name to 127.0.0.1 then cannot read the API); None
    allows any. ``extract_timeout``/``extract_memory``: the limits of one pasted document."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.responses.close()  # no refresh may still be reading when the store closes
        app.state.documents.close()

    app = FastAPIOffline(  # /docs and /redoc with their assets served locally: works offline
        lifespan=lifespan,
        title="eventwire",
        version=eventwire.__version__,
        description="Who did what to whom, when and where, and who said what: events, quotes and "
        "articles from the eventwire store, and extraction of a single article.",
    )
    app.state.db = Database(Path(db_path) if db_path else None, shared_store)
    app.state.responses = ResponseCache(app.state.db)
    app.state.max_extract_bytes = max_extract_bytes
    app.state.documents = DocumentService(doc_timeout=extract_timeout, memory_limit=extract_memory)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(routes.router)
    app.include_router(aggregates.router)
    app.include_router(codebook.router)
    app.include_router(explore.router)
    app.include_router(extract.router)
    app.include_router(sources.router)
    is_known_code("RUS")  # build the actor-code index now, not inside the first burst of requests
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    app.add_middleware(SecurityHeaders)
    app.add_middleware(SameOriginWrites)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
# The dashboard loads nothing from elsewhere and runs no inline script (/docs does).
_CSP = (
    b"content-security-policy",
    b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
    b"script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
)


class SecurityHeaders:
    """Adds the security headers to every HTTP response. Plain ASGI rather than
    ``@app.middleware("http")``, which wraps each response in a stream and costs more than
    a cached answer itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = _HEADERS if scope["path"].startswith(("/docs", "/redoc")) else [*_HEADERS, _CSP]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(h for h in extra if h[0] not in present),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SameOriginWrites:
    """Refuses (403) a POST whose ``Origin`` is another site: a form or ``fetch`` with a
    "simple" content type (``text/plain``) from any page would otherwise run the pipeline
    on this server, the browser sending it without asking. Clients that are not browsers
    send no ``Origin`` and pass."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            headers = dict(scope.get("headers", []))
            origin = headers.get(b"origin")
            if origin is not None and not _same_origin(origin, headers.get(b"host", b"")):
                response = JSONResponse(
                    {"detail": "cross-origin request refused: post from this server's pages"},
                    status_code=403,
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _same_origin(origin: bytes, host: bytes) -> bool:
    """``Origin: http://host:port`` names the host the request was sent to."""
    netloc = urlsplit(origin.decode("latin-1")).netloc
    return bool(netloc) and netloc.lower() == host.decode("latin-1").lower()


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422, flattened to one readable message per bad parameter."""
    messages = []
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    for error in errors:
        where = [
            str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")
        ]
        value = error.get("input")
        shown = f", got {value!r}" if isinstance(value, (str, int, float)) else ""
        messages.append(f"{'.'.join(where) or 'request'}: {error.get('msg', 'invalid')}{shown}")
    return JSONResponse(
        status_code=422, content={"detail": "; ".join(messages), "errors": messages}
    )
