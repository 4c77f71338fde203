"""The FastAPI application: REST API under ``/api``, OpenAPI at ``/docs``, dashboard at ``/``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

import eventwire
from eventwire.actors import is_known_code
from eventwire.api import extract, routes
from eventwire.api.db import Database

if TYPE_CHECKING:
    from eventwire.store import Store

STATIC = Path(str(resources.files("eventwire.api") / "static"))


def create_app(db_path: str | Path | None, *, max_extract_bytes: int = extract.MAX_EXTRACT_BYTES,
               shared_store: Store | None = None) -> FastAPI:
    """The app over the DuckDB file at ``db_path`` (opened read-only, per request), or over
    ``shared_store`` when this process also writes the file (``eventwire serve --ingest``)."""
    app = FastAPIOffline(  # /docs and /redoc with their assets served locally: works offline
        title="eventwire",
        version=eventwire.__version__,
        description="Who did what to whom, when and where, and who said what: events, quotes and "
                    "articles from the eventwire store, and extraction of a single article.",
    )
    app.state.db = Database(Path(db_path) if db_path else None, shared_store)
    app.state.max_extract_bytes = max_extract_bytes
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(routes.router)
    app.include_router(extract.router)
    is_known_code("RUS")  # build the actor-code index now, not inside the first burst of requests
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(("/docs", "/redoc")):
            # The dashboard loads nothing from elsewhere and runs no inline script (/docs does).
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            )
        return response

    return app


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422, flattened to one readable message per bad parameter."""
    messages = []
    for error in exc.errors():
        where = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
        value = error.get("input")
        shown = f", got {value!r}" if isinstance(value, (str, int, float)) else ""
        messages.append(f"{'.'.join(where) or 'request'}: {error.get('msg', 'invalid')}{shown}")
    return JSONResponse(status_code=422, content={"detail": "; ".join(messages), "errors": messages})

