"""Imported once by the pool's fork server, before it forks any worker.

Loading spaCy and the knowledge bases takes seconds; done here, every worker is forked
already warm (sharing those pages copy-on-write), so a pool starts in one load's time
instead of N loads competing for the cores, and a worker replaced after a crash or a
timeout is back in milliseconds. The fork server is a fresh process of its own, started
by the first run of a supervisor and kept for its later runs: no state of the supervisor
is forked, and an initializer given to ``run`` still runs in every worker.
"""

from eventwire.pipeline.work import warm_up

try:
    warm_up()
except Exception:
    pass
