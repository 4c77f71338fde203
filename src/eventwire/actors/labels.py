"""What an actor code stands for, read from the code itself, for labels on every surface."""

from __future__ import annotations

from eventwire.actors.kb import knowledge_base


def code_label(code: str | None, country: str | None = None) -> str:
    """What an actor code stands for, from the codes themselves ("Russian Federation ·
    government"): a code names a country and sectors, not the person most often behind it."""
    if not code:
        return ""
    kb = knowledge_base()
    head = country if country and code.startswith(country) else ""
    if not head:
        head = max(
            (c for c in (*kb.country_names, *kb.igo_codes) if code.startswith(c)),
            key=len,
            default="",
        )
    parts = [kb.country_names.get(head, head)] if head else []
    rest = code[len(head) :]
    while rest:
        sector = next(
            (s for s in sorted(kb.sectors, key=len, reverse=True) if rest.startswith(s)), None
        )
        if sector is None:
            parts.append(rest)
            break
        parts.append(kb.sectors[sector].split(",")[0])
        rest = rest[len(sector) :]
    return " · ".join(parts)
