"""Evaluation: every ``eventwire eval`` measure, scored on what ``extract`` returns.

One module per measure (``cameo``, ``plover``, ``quotes``, ``quotes_own``, ``extraction``,
``dates``) and the shared gold-reading and splitting helpers (``sentences``, ``splits``).
This package sits above the stages and the pipeline: it imports them, they never import it.
"""
