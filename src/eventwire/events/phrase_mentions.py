"""The actor mentions a noun phrase holds: the shallowest mention in it (not one that only
describes a place, "the Bosnian town", nor one inside a place or a clause of its own), group
references ("they", "both leaders") and the noun chunk a token heads. ``actor_phrases.py``
builds an argument's actors on these.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors import Mention
from eventwire.events.actor_refs import GROUP_MEMORY, STATE_KINDS, ActorRef
from eventwire.events.noun_governance import NounGovernanceRules

# Prepositions that introduce places and times, never actors in an argument.
LOCATIVE_PREPOSITIONS = {
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "during",
    "since",
    "until",
    "amid",
    "after",
    "before",
    "over",
}
# Dependencies that leave an actor's noun phrase.
OUTSIDE_PHRASE = {"relcl", "acl", "ccomp", "advcl", "conj", "cc", "punct", "appos"}


class PhraseMentions(NounGovernanceRules):
    """Which mentions a noun phrase names, and whether it points back to a group."""

    def _names_a_place(self, ref: ActorRef) -> bool:
        mention = self._mention_starting(ref.start)
        return mention is not None and mention.kind in ("place", "capital", "seat")

    def _modifies_a_place(self, token: Token) -> bool:
        """ "the Bosnian town", "Pakistan's Swat valley": a country word describing a place is no actor."""
        return token.dep_ in ("amod", "compound", "poss") and (
            self._lemma(token.head) in self.patterns.place_nouns
        )

    def _coordinated_modifiers(self, tokens: list[Token], mention: Mention) -> list[Mention]:
        """ "Israeli and Palestinian negotiators": the actors stage makes "Israeli" a mention of
        its own beside "Palestinian negotiators"; the phrase names both."""
        found = []
        for token in tokens:
            for child in token.children:
                other = self.mention_at.get(child.i)
                if (
                    child.dep_ in ("amod", "compound")
                    and other is not None
                    and other is not mention
                    and any(self.mention_at.get(c.i) is mention for c in child.conjuncts)
                ):
                    found.append(other)
        return found

    def _shallowest_mention(self, head: Token) -> list[ActorRef]:
        frontier, depth_seen = [head], set()
        while frontier:
            hits = [
                self.mention_at[t.i]
                for t in frontier
                if t.i in self.mention_at
                and not getattr(self.mention_at[t.i], "locative", False)
                and not self._modifies_a_place(t)
            ]
            if hits:
                first = min(hits, key=lambda m: m.start)
                hit_tokens = [t for t in frontier if self.mention_at.get(t.i) is first]
                chosen = [first] + [
                    self.mention_at[c.i]
                    for t in hit_tokens[:1]
                    for c in t.conjuncts
                    if c.i in self.mention_at and self.mention_at[c.i] is not first
                ]
                chosen += self._coordinated_modifiers(hit_tokens[:1], first)
                refs = []
                for mention in chosen:
                    members = getattr(mention, "members", None) or [mention.actor]
                    refs += [
                        ActorRef(
                            member.model_copy(update={"text": mention.text})
                            if member is not mention.actor
                            else member,
                            mention.start,
                            mention.end,
                            known=bool(member.code or member.country),
                            state=mention.kind in STATE_KINDS and member is mention.actor,
                        )
                        for member in members
                    ]
                return refs
            next_frontier = []
            for token in frontier:
                depth_seen.add(token.i)
                if self._lemma(token) in self.patterns.place_nouns:
                    continue  # "the town of Gorazde" names a place
                for child in token.children:
                    if child.dep_ in OUTSIDE_PHRASE:
                        continue
                    if child.dep_ == "poss" and self._lemma(token) in self.patterns.relatives:
                        continue  # "his wife": not him
                    if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
                        continue
                    if child.i not in depth_seen:
                        next_frontier.append(child)
            frontier = next_frontier
        return []

    def _is_group_reference(self, token: Token) -> bool:
        references = self.patterns.modality.group_references
        if token.lower_ in ("they", "them", "both"):
            return True
        plural = token.tag_ in ("NNS", "NNPS")
        return (
            plural
            and self._lemma(token) in references
            and any(c.lower_ in ("both", "the", "two") for c in token.children)
        )

    def _group(self) -> list[ActorRef]:
        return (
            list(self.group) if self._current_sentence - self.group_sentence <= GROUP_MEMORY else []
        )

    def _phrase(self, token: Token) -> Span:
        """The noun chunk the token heads, else the token alone (chunks are found once per document)."""
        if self.chunk_by_root is None:
            self.chunk_by_root = {chunk.root.i: chunk for chunk in token.doc.noun_chunks}
        return self.chunk_by_root.get(token.i) or token.doc[token.i : token.i + 1]
