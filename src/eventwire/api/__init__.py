"""REST API and web dashboard over the store.

Public surface: ``create_app(db_path) -> FastAPI`` (served by ``eventwire serve``).
"""

from eventwire.api.app import create_app

__all__ = ["create_app"]
