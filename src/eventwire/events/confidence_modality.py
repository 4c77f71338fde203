"""Whether the event happened, as the trigger's clause tells it, for the confidence model: the
trigger and the words governing it up to its clause head (``governing_chain``), and the cues
of modality on them (negation, modal verbs, the future, conditions, expectations, hedges, an
infinitive of purpose, reported speech). Its own module: one family of features read off the
clause rather than the actors, with the chain the other families measure (the trigger's depth,
where the source stands).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.confidence_cues import cues

CLAUSE_HEADS = ("ROOT", "ccomp", "parataxis")  # where a clause that reports an event begins


def modality_features(
    trigger: Token, trigger_children: list[Token], chain: list[Token]
) -> dict[str, float]:
    """Cues that the event did not (or not yet) happen, looked for on the trigger and the words
    that govern it up to its clause head (``chain``, the trigger first)."""
    words = cues()
    children_of = [trigger_children] + [list(token.children) for token in chain[1:]]
    children = [c for kids in children_of for c in kids]
    aux = {c.lower_ for c in children if c.dep_ == "aux"}
    infinitive = _infinitive(trigger_children)
    found = {
        "mod:negated": float(
            any(
                c.dep_ == "neg" or c.lower_ in words["negation"]
                for c in children
                if c.dep_ in ("neg", "det", "advmod", "preconj")
            )
        ),
        "mod:modal": float(bool(aux & words["modal_uncertain"])),
        "mod:future": float(bool(aux & words["modal_future"])),
        "mod:conditional": float(
            any(_is_conditional(kids, words["conditional"]) for kids in children_of)
        ),
        "mod:expectation": float(any(t.lemma_.lower() in words["expectation"] for t in chain[1:])),
        "mod:hedged": float(any(c.lower_ in words["hedges"] for c in children)),
        "mod:infinitive": float(infinitive),
        "mod:purpose": float(trigger.dep_ in ("advcl", "acl", "relcl") and infinitive),
    }
    head = chain[-1]
    speech_above = any(a.lemma_.lower() in words["speech"] for a in [head, *head.ancestors][1:])
    found["mod:reported"] = float(speech_above)
    found["mod:speech_trigger"] = float(trigger.lemma_.lower() in words["speech"])
    return found


def _infinitive(children: list[Token]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


def _is_conditional(children: list[Token], words: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in children)


def governing_chain(token: Token) -> list[Token]:
    """The token and the words above it up to the head of its clause (reported or main)."""
    chain = [token]
    while chain[-1].dep_ not in CLAUSE_HEADS and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain
