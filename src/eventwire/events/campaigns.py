"""Acts of a campaign told in the words of other acts: a campaign's rally, which is no protest
("a Trump rally", "Sanders held a rally"); a visit at home in a sentence of campaigning, which
is a campaign stop, not a visit between actors; help for people, which is political support;
and money from no state to no state or aid body, which is a donation, not aid. Its own module:
these decide readings of protest, visit and aid (roots 14, 042, 07), not words of force, and
the contests of ``politics`` share only the article's electoral reading
(``_electoral_article``), kept here below them. Word lists: ``gatherings`` and ``helping`` in
``patterns.yaml``, and ``electoral_words`` of ``force_idioms``.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from eventwire.actors import Mention
from eventwire.events import clause_shape
from eventwire.events.actor_refs import STATE_KINDS, ActorRef
from eventwire.events.force_as_words import ForceAsWordsRules
from eventwire.nlp import sentence_of


class CampaignRules(ForceAsWordsRules):
    """Decides whether a protest, visit or aid is a campaign's rally, stop, support or donation."""

    @cached_property
    def _electoral_article(self) -> bool:
        """The article is about an election: two or more of its words of elections."""
        words = self.patterns.force_idioms.electoral_words
        return sum(1 for t in self.tokens if self._lemma(t) in words) >= 2

    def _politics_not_act(
        self,
        trigger: Token,
        code: str,
        obj: Token | None,
        sources: list[ActorRef],
        targets: list[ActorRef],
    ) -> bool:
        """A verb's protest that is a campaign's gathering or a show of something, its visit
        that is a campaign stop, or its aid that is political support or a donation."""
        if code[:2] == "14":
            return self._campaign_gathering(trigger, self._verb_lemma(trigger)) or (
                obj is not None and self._campaign_gathering(obj, self._lemma(obj))
            )
        if code[:3] == "042":
            return self._campaign_stop(trigger, sources, targets)
        return code[:2] == "07" and (
            self._political_help(trigger, sources, targets)
            or self._donation(trigger, sources, targets)
        )

    def _campaign_gathering(self, trigger: Token, lemma: str) -> bool:
        """ "At a rally in Evansville, Trump said", "a Trump rally", "Sanders held a rally":
        a gathering a campaign holds is no protest; nor is a verb of protest with an object or
        a clause ("rallied young people", "demonstrated his commitment", "demonstrated that"),
        which gathers support or shows something. "Protesters rallied", "a rally against the
        Iran deal" are protests."""
        if lemma not in self.patterns.gatherings.words:
            return False
        if trigger.pos_ == "VERB":
            return any(c.dep_ in ("dobj", "ccomp") for c in trigger.children)
        if self._held_by_campaign(trigger):
            return True
        return not self._told_as_protest(trigger) and self._electoral_article

    def _campaign_stop(
        self, trigger: Token, sources: list[ActorRef], targets: list[ActorRef]
    ) -> bool:
        """ "Sanders visited Missouri, holding a rally", "Clinton visited the St. Louis area to
        campaign": a visit by people of a known country (no state) to a place of their own
        country, told in a sentence of campaigning, is a campaign stop, not a visit between
        actors."""
        home = {s.actor.country for s in sources}
        if not sources or None in home or any(self._named_state(s) for s in sources):
            return False
        if any(
            self._named_state(t) or t.actor.country and t.actor.country not in home for t in targets
        ):
            return False  # "planned to visit the United States": a state is visited from abroad
        cues = (
            self.patterns.gatherings.words
            | self.patterns.gatherings.campaign_words
            | self.patterns.force_idioms.electoral_words
        )
        return any(self._lemma(t) in cues for t in sentence_of(trigger))

    def _held_by_campaign(self, noun: Token) -> bool:
        """ "a Trump rally", "his rallies", "a campaign rally", "a rally for Ted Cruz", "Sanders
        held a rally": held by a person, a party or a campaign, or for a person."""
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
        owners += clause_shape.prep_objects(noun, ("for",))
        if noun.dep_ == "dobj":
            owners += [c for c in noun.head.children if c.dep_ == "nsubj"]
        return any(
            self._person_mention(o)
            or self._lemma(o) in self.patterns.gatherings.campaign_words
            or self._party(o)
            for o in owners
        )

    def _political_help(
        self, trigger: Token, sources: list[ActorRef], targets: list[ActorRef]
    ) -> bool:
        """ "I'm going to help Ted", "helped Republicans": help for no state and no body of
        the aid-receiving sectors (``helping``) is political support, not aid; the one helped
        may be the doer of the act helped ("helping the government fight an uprising"). A
        state named as one gives aid to anyone it helps ("Russia helped Assad")."""
        if self._verb_lemma(trigger) not in self.patterns.helping.verbs:
            return False
        if any(self._named_state(s) for s in sources):
            return False  # "Russia helped Assad", "Turkey helped Syrians": a state's help is aid
        if any(self._aid_recipient(t) for t in targets):
            return False
        acts = [c for c in trigger.children if c.dep_ in ("ccomp", "xcomp")]
        doers = [g for a in acts for g in a.children if g.dep_ == "nsubj"]
        return not any(self._recipient_mention(d) for d in doers)

    def _donation(self, trigger: Token, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
        """ "C.V. Starr gave $10 million to a group backing Bush", "donated to a super PAC", "an
        ad funded by Rove's PAC": money from a giver that is no state and of none of the aid
        sectors (``helping``), to no state or such body, is a donation (events GUIDE: none)."""
        helping = self.patterns.helping
        if not sources or self._verb_lemma(trigger) in helping.verbs:
            return False
        givers_of_aid = any(
            self._named_state(s) or s.actor.sector in helping.recipient_sectors for s in sources
        )
        return not givers_of_aid and not any(self._aid_recipient(t) for t in targets)

    def _aid_recipient(self, ref: ActorRef) -> bool:
        """A state or a body of the aid sectors (which give and receive aid), not a person."""
        mention = self._mention_starting(ref.start)
        return self._named_state(ref) or self._receives_aid(mention, ref.actor.sector)

    def _recipient_mention(self, token: Token) -> bool:
        mention = self.mention_at.get(token.i)
        return mention is not None and self._receives_aid(mention, mention.actor.sector)

    def _receives_aid(self, mention: Mention | None, sector: str | None) -> bool:
        """Neither a person nor a pronoun, and a state or of the ``recipient_sectors``."""
        if mention is not None and mention.kind in ("person", "pronoun"):
            return False
        in_state = mention is not None and mention.kind in STATE_KINDS
        return in_state or sector in self.patterns.helping.recipient_sectors

    def _party(self, token: Token) -> bool:
        mention = self.mention_at.get(token.i)
        return mention is not None and mention.actor.sector == "PTY"

    def _told_as_protest(self, noun: Token) -> bool:
        """Aimed at something ("a rally against the deal"), doing something ("rallies fighting
        mass incarceration") or told with a protest word in its sentence ("demonstrations and
        rallies", "protesters gathered for a rally")."""
        gatherings = self.patterns.gatherings
        if clause_shape.prep_objects(noun, tuple(gatherings.protest_prepositions)):
            return True
        if any(c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children):
            return True
        words = gatherings.protest_words
        return any(self._lemma(t) in words for t in sentence_of(noun) if t.i != noun.i)
