"""``GET /api/cameo``: the CAMEO codebook the dashboard names codes with; read from the
ontology, not the store, so it answers without a database."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from eventwire.api.params import known_parameters

router = APIRouter(prefix="/api", dependencies=[Depends(known_parameters)])


@router.get(
    "/cameo",
    tags=["codes"],
    summary="The CAMEO codebook: every code with name, Goldstein, QuadClass, PLOVER",
)
def cameo_codes() -> dict:
    from eventwire.events.ontology import codes

    return {
        "codes": [
            {
                "code": c.code,
                "name": c.name,
                "goldstein": c.goldstein,
                "quad_class": c.quad_class,
                "plover": c.plover,
            }
            for c in codes().values()
        ]
    }
