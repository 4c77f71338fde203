"""Find actor mentions in a parsed article and resolve each to a canonical actor.

The rules run in the order of ``RULES`` over one ``DocState`` per article; each leaves its
trace in ``Mention.reason``:

1. ``match``: dictionary names and role words in the text (``matching``, whether a match
   is that name here in ``plausible_names``); then
   ``context_anchors``: Factbook acronyms the text settles ("PDP" in a story datelined in
   Nigeria) join them (``bodies``).
2. ``reserve_group_phrases``: "both leaders", "the two sides", kept for coreference.
3. ``people``: people with their titles and appositives, by the article's date (``people``,
   ``person_actors``, ``titles``, ``appositive``, ``appositive_employers``, ``offices``).
4. ``committees``: "the House Intelligence Committee" is the legislature
   (``legislatures``); then ``institution_names``: organisations named with a place inside
   ("the Lahore High Court", "The Times of India") take its country and their head word's
   sector (``organisations``).
5. ``role_phrases``: role words with their country modifiers (``roles``, ``role_left_names``,
   ``role_where``).
6. ``lone_names``: states, organisations, groups, capitals on their own, an organisation with
   the place where it is (``places``, ``where_based``); ``parties_in_chambers``: "the
   Democrats in the Senate" are legislators (``legislatures``); ``described_names``: "the
   militant group Hamas" is Hamas (``organisations``).
7. ``unknown_entities``: spaCy names no dictionary knows (``unknown``); ``counted_crowds``:
   "Thousands took to the streets" are a crowd of civilians (``crowds``); ``campaign_nouns``:
   a candidate's campaign acting is PTY (``campaign``); ``named_state_bodies``: a party name
   many states share takes the state its phrase names (``own_state``);
   ``possessive_employers``: "Apple's Tim Cook" works for Apple (``organisation_staff``); then
   ``igo_offices``: an office of the UN or the EU is the organisation's, not GOV, while a
   bloc's officials ("European officials") are its states' governments (``offices``);
   ``mislabelled_surnames``: "Orban" read as an organisation is the Orban named before
   (``surnames``); ``armed_group_members``: "ISIS soldiers", "the terrorist group" after a
   named armed group are the group (``armed_groups``).
8. ``state_possessions``, ``sent_by_state``, ``fleeing_refugees``: "its citizens" are the
   clause subject's, "troops" Kenya deploys are Kenya's,
   "refugees fleeing" a state are its, "ethnic Albanians" in Kosovo are Kosovo's
   (``clause_country``); then
   ``definite_bodies``, ``possessive_owners``, ``provinces_before``, ``town_bodies``: "the
   ministry" after "China's foreign ministry" is China's, "its leaders" the state's or group's
   named just before, "the provincial minister" the province's, "Brookhaven Police
   Department" the town's the article names as a place (``antecedents``);
   ``give_context_country``: roles, titled people and organisations with a sector but no
   country take the dateline's or the article's leading country (``context``), else "the
   country's court" the state named just before (``antecedents.states_before``); then
   ``reported_speakers``, ``domestic_reach``: a speaker reporting an actor's deed is of its
   country, police, courts, rebels act on their own country's people (``clause_country``); then
   ``context_names``: a Factbook acronym ("PDP", several countries' parties) or a party
   name that is a word ("Harmony") takes the reading whose full name the article writes,
   or the one of the article's country (``bodies``).
9. ``campaign_staff``: staff of a campaign or of a principal out of government are PTY
   (``campaign``); ``reported_employers``: a spokesman reporting what a company or group did
   speaks for it (``organisation_staff``).
10. ``coreference``: surnames, he/she, they, both leaders, "the candidate" (``coref``); then
    ``quoted_speakers``: "I" inside a quotation is its speaker, ``personal_offices``: "his
    office" speaks for him (``quoted_speaker``); then
    ``private_people``: a named person none of whose mentions has a sector is a private
    person, CVL (``private``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from eventwire.actors import (
    acronyms,
    antecedents,
    armed_groups,
    bodies,
    campaign,
    clause_country,
    context,
    coref,
    crowds,
    definite_nouns,
    folded,
    gazetteer,
    legislatures,
    matching,
    offices,
    organisation_staff,
    organisations,
    own_state,
    people,
    places,
    private,
    quoted_speaker,
    roles,
    surnames,
    unknown,
)
from eventwire.actors.kb import knowledge_base
from eventwire.actors.mention import Mention, article_date, make_actor
from eventwire.actors.state import DocState

__all__ = ["Mention", "article_date", "make_actor", "resolve_doc", "warm", "RULES"]


def _in_text_order(state: DocState) -> None:
    state.mentions.sort(key=lambda m: (m.start, m.end))


#: The rules, in the order they run; each reads and extends the document's state.
RULES: list[Callable[[DocState], None]] = [
    matching.match,
    bodies.context_anchors,
    coref.reserve_group_phrases,
    people.people,
    legislatures.committees,
    organisations.institution_names,
    organisations.company_bodies,
    roles.role_phrases,
    places.lone_names,
    legislatures.parties_in_chambers,
    organisations.described_names,
    unknown.unknown_entities,
    crowds.counted_crowds,
    offices.igo_offices,
    campaign.campaign_nouns,
    own_state.named_state_bodies,
    organisation_staff.possessive_employers,
    surnames.untagged_surnames,
    _in_text_order,
    surnames.mislabelled_surnames,
    armed_groups.armed_group_members,
    clause_country.state_possessions,
    clause_country.sent_by_state,
    clause_country.fleeing_refugees,
    clause_country.ethnic_residents,
    antecedents.definite_bodies,
    antecedents.possessive_owners,
    antecedents.provinces_before,
    antecedents.town_bodies,
    context.give_context_country,
    antecedents.states_before,
    clause_country.reported_speakers,
    clause_country.domestic_reach,
    antecedents.role_owners,
    bodies.context_names,
    acronyms.defined_acronyms,
    campaign.campaign_staff,
    organisation_staff.reported_employers,
    surnames.surnames_of_unknown_people,
    coref.coreference,
    definite_nouns.definite_people,
    definite_nouns.definite_group_nouns,
    quoted_speaker.quoted_speakers,
    quoted_speaker.personal_offices,
    private.private_people,
    _in_text_order,
]


def warm() -> None:
    """Build everything resolution loads lazily (knowledge base, matchers, city and US-state
    indexes; a few seconds) so that no document's time limit pays for it. Idempotent."""
    knowledge_base()
    matching.matchers()
    bodies.context_matcher()
    folded.folded_lengths()
    folded.folded_prefixes()
    offices.office_holders()
    gazetteer.cities_by_name()
    gazetteer.city_by_alternate_name("")  # builds the alternate-name index
    gazetteer.us_states()


def resolve_doc(doc: Doc, published: str | None, dateline: str | None = None) -> list[Mention]:
    warm()
    state = DocState(doc, published, dateline)
    for rule in RULES:
        rule(state)
    return state.mentions
