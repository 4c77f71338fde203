"""Worker initializers for tests/test_scale.py: a pathological stage, installed in workers.

Imported by spawned worker processes (the tests directory is on their sys.path), never by
the package. A document whose text contains SLOW_MARKER hangs in the actors stage; one
with CRASH_MARKER kills its process as a segfault would.
"""

from __future__ import annotations

import os
import time

SLOW_MARKER = "Slowpoke"
CRASH_MARKER = "Crashville"


def install_pathological_stage() -> None:
    from eventwire import actors

    resolve = actors.resolve

    def pathological_resolve(document):
        if SLOW_MARKER in document.article.body:
            time.sleep(600)
        if CRASH_MARKER in document.article.body:
            os._exit(139)
        return resolve(document)

    actors.resolve = pathological_resolve
