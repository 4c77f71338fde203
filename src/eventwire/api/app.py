"""The FastAPI application: REST API under ``/api``, OpenAPI at ``/docs``, dashboard at ``/``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import eventwire
from eventwire.actors import is_known_code
from eventwire.api import explore, extract, routes, sources
from eventwire.api.cache import ResponseCache
from eventwire.api.db import Database

if TYPE_CHECKING:
    from eventwire.store import Store

STATIC = Path(str(resources.files("eventwire.api") / "static"))


def create_app(
    db_path: str | Path | None,
    *,
    max_extract_bytes: int = extract.MAX_EXTRACT_BYTES,
    shared_store: Store | None = None,
) -> FastAPI:
    """The app over the DuckDB file at ``db_path`` (opened read-only, per request), or over
    ``shared_store`` when this process also writes the file (``eventwire serve --ingest``)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.responses.close()  # no refresh may still be reading when the store closes

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
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(routes.router)
    app.include_router(explore.router)
    app.include_router(extract.router)
    app.include_router(sources.router)
    is_known_code("RUS")  # build the actor-code index now, not inside the first burst of requests
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    app.add_middleware(SecurityHeaders)
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


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422, flattened to one readable message per bad parameter."""
    assert isinstance(exc, RequestValidationError)  # registered for this exception only
    messages = []
    for error in exc.errors():
        where = [
            str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")
        ]
        value = error.get("input")
        shown = f", got {value!r}" if isinstance(value, (str, int, float)) else ""
        messages.append(f"{'.'.join(where) or 'request'}: {error.get('msg', 'invalid')}{shown}")
    return JSONResponse(
        status_code=422, content={"detail": "; ".join(messages), "errors": messages}
    )
