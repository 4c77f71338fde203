"""Quotes: every construction the finder knows, on real sentences through the real parser."""

from __future__ import annotations

import pytest

from conftest import shared_path
from eventwire import nlp, quotes
from eventwire.actors import Mention
from eventwire.models import Actor, Article, Event, Quote

CASES = {
    "straight": '"We will win this election," said Trump.',
    "curly_nested": "“He called the plan ‘a disgrace’ and walked out,” the senator said.",
    "speaker_before": "The minister said: “We will not give up an inch of our land.”",
    "split": "“The talks failed,” she said, “but we will try again next week.”",
    "follow_on": "“The talks failed,” said Anna Kowalska, a spokeswoman for the ministry. “We will try again.”",
    "follow_on_long": "''This plan is not reform,'' said Douglas Holtz-Eakin, an economist who served "
    "as director of the Congressional Budget Office and is now president of the American Action "
    "Forum. ''It's a step back. She is adding even more complexity.''",
    "quoted_transcript": '"SMITH: We will win this election in November.\n\n"(CROSSTALK.)\n\n'
    '"JONES: You will lose it badly, and everyone in this room knows it.\n\nThe debate ended at ten.',
    "multi_paragraph": "“The talks failed,” she said. “We will try again next month.\n\n"
    "“Nobody in this region wants a war.”\n\nThe next round is in Geneva.",
    "fragment": "The Elysee on Wednesday hailed as a “positive signal” talks in Paris between Russia and Ukraine.",
    "embedded_fragment": "Mr. Putin said Russia would “carefully study” the responses.",
    "earlier_sentence": "Mr. Putin said the talks had been useful.\n\n“We will study the responses carefully.”",
    "colon_paragraph": "In a statement, the ministry wrote:\n\n“Our forces remain in their barracks.”",
    "according_to": "According to the ministry, 40 soldiers were killed in the attack on Tuesday.",
    "according_to_secondary": "“Talks are over,” Mr. Putin told Mr. Macron, "
    "according to a readout from the Kremlin.",
    "told_that": "President Vladimir Putin told French counterpart Emmanuel Macron on Friday that the West "
    "was ignoring Moscow's security concerns.",
    "said_no_that": "The foreign minister said the border would stay closed until March.",
    "added_that": "The general described the situation as stable and added that no troops had moved.",
    "warned": "The central bank warned that inflation could rise above ten percent.",
    "argued": "Opposition leaders argued the vote had been rigged.",
    "insisted": "The company insisted it had done nothing wrong.",
    "statement": "The Kremlin said in a statement that both leaders held a “long telephone conversation”.",
    "parenthetical": "The economy, the minister said, is growing faster than expected.",
    "pronoun": "“We are ready for talks,” he said.",
    "nested_cue": "“I think we will win,” she said.",
    "signed": "“Maybe we can build a bridge instead.” ― Steve Quinlan\n\nMore letters follow.",
    "title": "He appeared on “Face the Nation” on Sunday morning.",
    "title_after_cue": '"We need to step away from these efforts," Pence said on CNN\'s "State of the Union."',
    "unclosed": "He said “this quote never closes\n\nThe next paragraph has no marks at all.",
    "stray_closer": "A stray ” mark sits here, the spokesman said, and nothing else.",
    "only_marks": "“ ” \" '' ‘ ’",
    "imperative": "Please support quality journalism.",
    "title_speaker": '"Are we where we need to be? Probably not," Ms. Moore said. '
    '"Are we going to get there? Absolutely."',
    "aside": '"Our progress is on the ballot," Mr. Obama said at the dinner in Washington, where '
    'Mrs. Clinton also spoke. "Tolerance is on the ballot."',
    "small_clause": "The senator called the proposal reckless and dangerous.",
    "colon_before": "The group's approach to disclosure is more radical: it often posts "
    "whole caches online with few redactions.",
    "told_object": "Last week he told a gathering of island leaders that few people understood "
    "the stakes better than residents of the region.",
    "headline_label": "Sanders: Clinton needs to stop talking about personalities\n\nThe senator spoke "
    "on Sunday.",
    "section_label": "Update: The council voted to close the bridge on Sunday\n\nMore follows.",
    "circumstance_after": "“You should step down and return the bonus you were paid,” the senator "
    "told the chief executive, after he conceded under questioning that he had not been punished.",
    "circumstance_parataxis": '"The council will begin work on new measures at once," they said, '
    "under a rule of the charter that allows for sanctions.",
    "phrase_before_cue": 'Bemoaning the "rigged system," Mr. Smith accused the moderator of bias.',
    "but_between": '"I respect the governor," he said, but "on taxes he has simply been wrong '
    'for a decade."',
    "mixed_tail": '"It is more tinkering at the edges," said Alan Reed, an economist. "I would not '
    'call it reform. It is basically a tax increase" for the richest households.',
    "naming_inside": 'The secretary general condemned what he called a "brazen breach" of the '
    "council's resolutions.",
    "inverted_cue": "Analysts say the plan would make the code more complicated. Said Ellis: "
    "“I don’t see any interest in reform at all.”",
    "title_before_speaker": 'On "Meet the Press," Senator Jane Doe said the bill would pass.',
    "title_after_owner": 'In an interview on NBC\'s "Meet the Press," Senator Jane Doe said the bill '
    "would pass.",
    "reported_inside": "A campaign spokesman says the governor promised to keep supporting the "
    "senator.",
    "narrative_after": "He said, “Nobody wants this fight,” and then he left the room.",
    "partial_then_clause": "He said “the plan is dead,” and that nobody cares.",
    "after_colon": "The meeting ran late. Smith was blunt: “They lied to us.”",
    "headline_colon": "Elizabeth Warren Grills Bank Chief: ‘You Should Resign Today.’\n\nThe "
    "hearing lasted three hours.",
    "mixed_inside": '"I admire the mechanics" of the new plan, Ms. Ruiz said. "But I have serious '
    'doubts about its cost."',
    "as_aside": "Hawaii, as one of the president's advisers pointed out, rarely sees two "
    "hurricanes in one week.",
    "as_aside_first": "As Mr. Brown observed, a trade war would hurt farmers first.",
    "transcript": "WALLACE: Will Gennifer Flowers be at the debate tomorrow?\n\n"
    "PENCE: Gennifer Flowers will not be attending the debate.\n\n"
    "Correction: An earlier version of this story misstated the date.",
    "encouraged": "The senator encouraged his supporters to visit polling stations on Election Day.",
    "identified": "Sanders identified young voters' exhaustion with bigotry as one of the reasons "
    "to back Clinton.",
}


@pytest.fixture(scope="session")
def parsed() -> dict[str, nlp.Document]:
    articles = [Article(id=name, body=text) for name, text in CASES.items()]
    return {d.article.id: d for d in nlp.parse(articles)}


def found(
    parsed, name: str, mentions: list[Mention] | None = None, events: list[Event] | None = None
) -> list[Quote]:
    document = parsed[name]
    result = quotes.extract(document, mentions or [], events or [])
    body = document.article.body
    for quote in result:  # every quote keeps its offsets honest
        assert all(body[s:e] in quote.text for s, e in quote.segments)
        assert quote.span[0] <= quote.segments[0][0] and quote.segments[-1][1] <= quote.span[1]
        if quote.speaker_span:
            assert body[quote.speaker_span[0] : quote.speaker_span[1]] == quote.speaker_text
    return result


def only(parsed, name: str) -> Quote:
    result = found(parsed, name)
    assert len(result) == 1, [q.text for q in result]
    return result[0]


def test_straight_quotes_speaker_after(parsed):
    quote = only(parsed, "straight")
    assert (quote.text, quote.kind, quote.speaker_text, quote.cue) == (
        "We will win this election",
        "direct",
        "Trump",
        "said",
    )


def test_curly_quotes_keep_single_quotes_inside(parsed):
    quote = only(parsed, "curly_nested")
    assert quote.text == "He called the plan ‘a disgrace’ and walked out"
    assert quote.kind == "direct" and quote.speaker_text == "the senator"


def test_speaker_before_quote(parsed):
    quote = only(parsed, "speaker_before")
    assert quote.text == "We will not give up an inch of our land."
    assert quote.speaker_text == "The minister" and quote.kind == "direct"


def test_quote_split_by_its_tag_is_one_quote(parsed):
    quote = only(parsed, "split")
    assert quote.kind == "direct" and quote.speaker_text == "she"
    assert len(quote.segments) == 2 and "he said" not in quote.text
    assert quote.text == "The talks failed … but we will try again next week."


def test_quote_after_a_long_speech_tag_continues_the_speaker(parsed):
    """The tag's sentence runs on past the short reach of a speech tag, and the parse does
    not end it before the next quote: the rest of one sentence still leads to it."""
    quote = only(parsed, "follow_on_long")
    assert quote.speaker_text == "Douglas Holtz-Eakin" and quote.kind == "direct"
    assert quote.text == (
        "This plan is not reform … It's a step back. She is adding even more complexity."
    )


def test_a_transcript_quoting_every_paragraph_changes_speaker_at_each_label(parsed):
    """Each paragraph opens with a quotation mark that never closes (one long quotation to
    the marks); a paragraph labelled with a speaker still starts that speaker's words."""
    smith, jones = found(parsed, "quoted_transcript")
    assert smith.speaker_text == "SMITH" and "JONES" not in smith.text
    assert jones.speaker_text == "JONES"
    assert jones.text.startswith("You will lose it badly")


def test_quote_in_the_next_sentence_continues_the_speaker(parsed):
    quote = only(parsed, "follow_on")
    assert quote.speaker_text == "Anna Kowalska" and quote.kind == "direct"
    assert quote.text.endswith("We will try again.") and "spokeswoman" not in quote.text


def test_quote_over_several_paragraphs(parsed):
    quote = only(parsed, "multi_paragraph")
    assert quote.speaker_text == "she" and quote.kind == "direct"
    assert (
        "We will try again next month." in quote.text
        and "Nobody in this region wants a war." in quote.text
    )
    assert "Geneva" not in quote.text


def test_fragment_inside_a_sentence(parsed):
    quote = only(parsed, "fragment")
    assert "“positive signal”" in quote.text
    assert quote.speaker_text == "The Elysee" and quote.cue == "hailed"


def test_fragment_inside_reported_speech_belongs_to_it(parsed):
    quote = only(parsed, "embedded_fragment")
    assert quote.text == "Russia would “carefully study” the responses"
    assert quote.kind == "indirect" and quote.speaker_text == "Mr. Putin"


def test_quote_paragraph_takes_the_speaker_of_the_previous_paragraph(parsed):
    first, second = found(parsed, "earlier_sentence")
    assert first.kind == "indirect" and first.speaker_text == "Mr. Putin"
    assert second.kind == "direct" and second.text == "We will study the responses carefully."
    assert second.speaker_text == "Mr. Putin" and second.cue is None


def test_colon_then_quoted_paragraph(parsed):
    quote = only(parsed, "colon_paragraph")
    assert quote.speaker_text == "the ministry" and quote.cue == "wrote"
    assert quote.text == "Our forces remain in their barracks."


def test_according_to(parsed):
    quote = only(parsed, "according_to")
    assert quote.speaker_text == "the ministry" and quote.cue == "According to"
    assert quote.kind == "indirect" and quote.text.startswith("40 soldiers were killed")


def test_according_to_yields_to_the_speaking_verb(parsed):
    quote = only(parsed, "according_to_secondary")
    assert (
        quote.speaker_text == "Mr. Putin" and quote.cue == "told" and quote.text == "Talks are over"
    )


@pytest.mark.parametrize(
    "name, speaker, cue, content",
    [
        (
            "told_that",
            "President Vladimir Putin",
            "told",
            "that the West was ignoring Moscow's security concerns",
        ),
        (
            "said_no_that",
            "The foreign minister",
            "said",
            "the border would stay closed until March",
        ),
        ("added_that", "The general", "added", "that no troops had moved"),
        ("warned", "The central bank", "warned", "that inflation could rise above ten percent"),
        ("argued", "Opposition leaders", "argued", "the vote had been rigged"),
        ("insisted", "The company", "insisted", "it had done nothing wrong"),
        (
            "statement",
            "The Kremlin",
            "said",
            "that both leaders held a “long telephone conversation”",
        ),
        ("parenthetical", "the minister", "said", "The economy … is growing faster than expected"),
    ],
)
def test_reported_speech(parsed, name, speaker, cue, content):
    result = [q for q in found(parsed, name) if q.cue == cue]
    assert len(result) == 1, [q.text for q in found(parsed, name)]
    quote = result[0]
    assert quote.kind == "indirect" and quote.speaker_text == speaker
    assert " … ".join(parsed[name].article.body[s:e] for s, e in quote.segments) == content


def test_pronoun_speaker_resolves_through_the_actors_stage():
    import eventwire

    article = eventwire.extract(
        "Russian President Vladimir Putin spoke to reporters on Friday.\n\n"
        "“We are ready for talks,” he said. “But we will not wait forever.”"
    )
    (quote,) = article.quotes
    assert quote.text == "We are ready for talks … But we will not wait forever."
    assert (
        quote.speaker_text == "he"
        and quote.speaker.name == "Vladimir Putin"
        and quote.speaker.country == "RUS"
    )


def test_pronoun_speaker_resolves_through_its_mention(parsed):
    putin = Actor(text="he", name="Vladimir Putin", country="RUS", sector="GOV", code="RUSGOV")
    body = parsed["pronoun"].article.body
    start = body.index("he said")
    mention = Mention(
        start=start,
        end=start + 2,
        text="he",
        actor=putin,
        reason="coreference",
        sentence_index=0,
        token_start=7,
        token_end=8,
    )
    (quote,) = found(parsed, "pronoun", mentions=[mention])
    assert quote.speaker_text == "he" and quote.speaker == putin


def test_no_speaker_without_an_overlapping_mention(parsed):
    elsewhere = Mention(
        start=0,
        end=3,
        text="“We",
        actor=Actor(text="x", code="XXX"),
        reason="test",
        sentence_index=0,
        token_start=0,
        token_end=1,
    )
    (quote,) = found(parsed, "pronoun", mentions=[elsewhere])
    assert quote.speaker is None


def test_cue_inside_a_quote_is_not_a_second_attribution(parsed):
    quote = only(parsed, "nested_cue")
    assert quote.text == "I think we will win" and quote.speaker_text == "she"


def test_quote_signed_with_a_dash(parsed):
    quote = only(parsed, "signed")
    assert (
        quote.speaker_text == "Steve Quinlan"
        and quote.text == "Maybe we can build a bridge instead."
    )


def test_transcript_labels_name_the_speaker(parsed):
    result = found(parsed, "transcript")
    assert [(q.speaker_text, q.cue, q.text) for q in result] == [
        ("WALLACE", ":", "Will Gennifer Flowers be at the debate tomorrow?"),
        ("PENCE", ":", "Gennifer Flowers will not be attending the debate"),
    ]


def test_quoted_title_after_a_cue_stays_out_of_the_quote(parsed):
    quote = only(parsed, "title_after_cue")
    assert quote.kind == "direct" and quote.text == "We need to step away from these efforts"


def test_quoted_title_and_imperative_are_not_attributions(parsed):
    assert found(parsed, "title") == []
    assert found(parsed, "imperative") == []


def test_unbalanced_marks_do_not_crash(parsed):
    quote = only(parsed, "unclosed")
    assert quote.text == "this quote never closes" and quote.speaker_text == "He"
    (stray,) = found(
        parsed, "stray_closer"
    )  # a closing mark that opens nothing is just a character
    assert stray.kind == "indirect" and stray.speaker_text == "the spokesman"
    assert found(parsed, "only_marks") == []


def test_quotes_link_events_coded_inside_them(parsed):
    body = parsed["told_that"].article.body
    start = body.index("the West was ignoring")
    inside = Event(
        id="e1",
        source=Actor(text="the West"),
        cameo="110",
        root="11",
        quad_class=3,
        goldstein=-2.0,
        sentence=body,
        sentence_index=0,
        span=(start, start + 21),
    )
    outside = inside.model_copy(update={"id": "e2", "span": (0, 9)})
    (quote,) = found(parsed, "told_that", events=[inside, outside])
    assert quote.event_ids == ["e1"]


def test_ids_and_sentence_index(parsed):
    first, second = found(parsed, "earlier_sentence")
    assert first.id != second.id and first.id.startswith("earlier_sentence")
    assert (first.sentence_index, second.sentence_index) == (0, 1)


def test_seed_article_quotes_and_speakers(seed_article, seed_expected):
    """Every quote an analyst reads out of the seed article, with its speaker."""
    speaker_words = {"Vladimir Putin": "Putin", None: None}
    for expected in seed_expected["quotes"]:
        holders = [q for q in seed_article.quotes if expected["text"] in q.text]
        assert holders, f"missing quote: {expected['text']}"
        quote = holders[0]
        word = (
            speaker_words[expected.get("person")]
            or {"FRA": "Elysee", "RUS": "Kremlin"}[expected["speaker"]]
        )
        assert word in (quote.speaker_text or ""), (expected["text"], quote.speaker_text)
        assert quote.speaker is not None and quote.speaker.country == expected["speaker"], (
            quote.speaker
        )
        if expected.get("person"):
            assert quote.speaker.name == expected["person"]
    # "They agreed to preserve a ceasefire — where separatists declared ... —": no reported clause
    assert not [q.text for q in seed_article.quotes if q.text.startswith("where")]


def test_polnear_sample_scores():
    """The built-in evaluation on the first PolNeAR articles (the full run is ``eventwire eval quotes``)."""
    from eventwire.evaluation.quotes import evaluate, read

    records = list(read(shared_path("eval", "quotes", "polnear_dev.jsonl")))[:12]
    score = evaluate(records)
    assert score.content.f1 >= 0.65, (score.content.precision, score.content.recall)
    assert score.direct.f1 >= 0.8, (score.direct.precision, score.direct.recall)
    assert score.speaker_accuracy >= 0.75


CONTENT_RULES = {
    "denied_object": "The Kremlin denied the accusations on Monday.",
    "accused_object": "Senator Jane Doe accused President Vladimir Putin in a speech on Monday.",
    "accused_of": "Senator Jane Doe accused Vladimir Putin of endangering the lives of soldiers.",
    "criticised_quoted": "Mr. Trump criticised the mayor for making “very rude statements”.",
    "denied_clause": "Russia denied that it had any plans to invade Ukraine.",
    "not_said": "Mrs. Clinton did not say that Mr. Sanders was unqualified.",
    "knows_what": "Voters who know what it is like to struggle will decide the race.",
    "declined_to_say": "The senator declined to say whether the bill would pass.",
}


@pytest.fixture(scope="session")
def parsed_rules() -> dict[str, nlp.Document]:
    articles = [Article(id=name, body=text) for name, text in CONTENT_RULES.items()]
    return {d.article.id: d for d in nlp.parse(articles)}


@pytest.mark.parametrize(
    "name", ["denied_object", "accused_object", "knows_what", "declined_to_say"]
)
def test_a_bare_object_a_question_or_a_refusal_is_no_attribution(parsed_rules, name):
    assert found(parsed_rules, name) == []


@pytest.mark.parametrize(
    "name, words, polarity",
    [
        ("accused_of", "of endangering the lives of soldiers", None),
        ("criticised_quoted", "“very rude statements”", None),
        ("denied_clause", "it had any plans to invade Ukraine", "denied"),
        ("not_said", "Mr. Sanders was unqualified", "negated"),
    ],
)
def test_clauses_and_quoted_phrases_are_attributions_with_their_polarity(
    parsed_rules, name, words, polarity
):
    (quote,) = found(parsed_rules, name)
    assert words in quote.text and quote.speaker_text
    assert quote.model_extra.get("cue_polarity") == polarity


def test_speakers_follow_surnames_roles_and_owners_to_a_coded_actor():
    import eventwire

    article = eventwire.extract(
        "British Prime Minister David Cameron spoke in parliament on Monday.\n\n"
        "Cameron's spokesman said the prime minister stood by his comments.\n\n"
        "The prime minister will work with whoever is elected, the spokesman said.\n\n"
        "“We will consider it,” the prime minister said.",
        published="2016-05-16",
    )
    speakers = {q.speaker_text: q.speaker for q in article.quotes}
    assert set(speakers) == {"Cameron's spokesman", "the spokesman", "the prime minister"}
    for words, actor in speakers.items():
        assert actor is not None and actor.code == "GBRGOV", (words, actor)
        assert actor.text == words  # the words once, as written


def test_own_set_emits_real_attributions_with_coded_speakers():
    """The whole annotated set (``eventwire eval quotes-own``; per split with ``--split``)."""
    from pathlib import Path

    from eventwire.evaluation.quotes_own import evaluate, read

    annotations = Path(__file__).parent.parent / "annotations" / "quotes" / "own_set.jsonl"
    score = evaluate(read(annotations, shared_path("corpus", "news.jsonl")))
    assert score.emitted >= 100 and score.real_share >= 0.9, score.not_real
    assert score.codable >= 40 and score.coded_share >= 0.8, score.uncoded


def _mention(
    body: str, words: str, actor: Actor, kind: str, person_id: str | None = None, after: int = 0
):
    start = body.index(words, after)
    return Mention(
        start=start,
        end=start + len(words),
        text=words,
        actor=actor,
        reason="test",
        sentence_index=0,
        token_start=0,
        token_end=1,
        kind=kind,
        person_id=person_id,
    )


def test_speaker_actor_takes_mentions_and_follows_the_person():
    """``speakers.speaker_actor`` needs only mentions: the same person_id, then a surname."""
    from eventwire.quotes.speakers import speaker_actor

    body = "Sen. Marco Rubio of Florida spoke. Later Rubio said no. Then Ms. Doe said yes."
    full = Actor(
        text="Sen. Marco Rubio", name="Marco Rubio", country="USA", sector="LEG", code="USALEG"
    )
    bare = Actor(text="Rubio", name="Marco Rubio", sector="LEG", code="LEG")
    doe = Actor(text="Jane Doe", name="Jane Doe", country="GBR", sector="GOV", code="GBRGOV")
    mentions = [
        _mention(body, "Sen. Marco Rubio", full, "person", "Marco Rubio"),
        _mention(body, "Rubio", bare, "person", "Marco Rubio", after=body.index("Later")),
    ]
    start = body.index("Rubio said")
    actor = speaker_actor("Rubio", start, start + 5, start, mentions)
    assert actor is not None and actor.code == "USALEG" and actor.text == "Rubio"
    body_doe = "Jane Doe arrived. Ms. Doe said yes."
    earlier = [_mention(body_doe, "Jane Doe", doe, "person", "Jane Doe")]
    start = body_doe.index("Ms. Doe")
    actor = speaker_actor("Ms. Doe", start, start + 7, start + 4, earlier)
    assert actor is not None and actor.code == "GBRGOV" and actor.text == "Ms. Doe"
    assert speaker_actor("Ms. Roe", start, start + 7, start + 4, earlier) is None


def test_a_title_in_the_speaker_does_not_end_the_speech_tag(parsed):
    (quote,) = found(parsed, "title_speaker")
    assert quote.speaker_text == "Ms. Moore" and quote.kind == "direct"
    assert "Absolutely." in quote.text


def test_a_quote_after_an_aside_continues_the_quoting_speaker(parsed):
    quotes_found = found(parsed, "aside")
    (quote,) = [q for q in quotes_found if "progress" in q.text]
    assert quote.speaker_text == "Mr. Obama" and "Tolerance is on the ballot." in quote.text


def test_a_characterising_verb_with_a_small_clause(parsed):
    (quote,) = found(parsed, "small_clause")
    assert quote.text == "the proposal reckless and dangerous"
    assert quote.speaker_text == "The senator" and quote.cue == "called"


def test_a_clause_before_a_colon_is_not_the_next_cues(parsed):
    assert all("radical" not in q.text for q in found(parsed, "colon_before"))


def test_a_that_clause_parsed_onto_the_object_of_told(parsed):
    (quote,) = found(parsed, "told_object")
    assert quote.text.startswith("that few people understood") and quote.speaker_text == "he"
    assert "island leaders" not in quote.text


def test_a_headline_labelled_with_a_name_the_recogniser_missed(parsed):
    (quote,) = found(parsed, "headline_label")
    assert quote.speaker_text == "Sanders" and quote.text.startswith("Clinton needs to")


def test_words_after_the_cue_of_a_quoted_sentence_are_no_content(parsed):
    quotes_found = found(parsed, "circumstance_after")
    (quote,) = [q for q in quotes_found if q.cue == "told"]
    assert quote.kind == "direct" and quote.speaker_text == "the senator"
    assert quote.text == "You should step down and return the bonus you were paid"
    quote = only(parsed, "circumstance_parataxis")
    assert quote.kind == "direct" and quote.speaker_text == "they"
    assert "charter" not in quote.text


def test_a_quoted_phrase_before_a_cue_leaves_the_cues_content(parsed):
    (quote,) = found(parsed, "phrase_before_cue")
    assert "of bias" in quote.text and quote.speaker_text == "Mr. Smith"


def test_a_quote_after_the_tag_and_a_conjunction_continues_the_quote(parsed):
    quote = only(parsed, "but_between")
    assert quote.kind == "direct" and quote.speaker_text == "he"
    assert quote.text == "I respect the governor … on taxes he has simply been wrong for a decade."


def test_words_that_finish_the_sentence_of_a_quotation_are_its_content(parsed):
    quote = only(parsed, "mixed_tail")
    assert quote.speaker_text == "Alan Reed" and quote.kind == "indirect"
    assert quote.text.endswith("a tax increase … for the richest households")


def test_a_naming_inside_another_statement_is_part_of_it(parsed):
    quote = only(parsed, "naming_inside")
    assert quote.cue == "condemned" and quote.speaker_text == "The secretary general"
    assert quote.text.startswith("what he called")


def test_a_sentence_opened_by_a_verb_of_saying_names_its_speaker_after_it(parsed):
    (quote,) = [q for q in found(parsed, "inverted_cue") if q.kind == "direct"]
    assert quote.speaker_text == "Ellis" and quote.cue == "Said"
    assert quote.text == "I don’t see any interest in reform at all."


def test_a_title_before_the_speaker_is_not_part_of_what_was_said(parsed):
    for name in ("title_before_speaker", "title_after_owner"):
        quote = only(parsed, name)
        assert quote.text == "the bill would pass" and quote.speaker_text == "Senator Jane Doe"


def test_an_attribution_inside_another_speakers_words_is_that_speakers(parsed):
    quote = only(parsed, "reported_inside")
    assert quote.cue == "says" and quote.speaker_text == "A campaign spokesman"
    assert quote.text == "the governor promised to keep supporting the senator"


def test_the_narrative_after_a_quoted_sentence_is_not_its_content(parsed):
    quote = only(parsed, "narrative_after")
    assert quote.kind == "direct" and quote.text == "Nobody wants this fight"
    # a partial quotation inside the speaker's clause keeps the rest of that clause
    quote = only(parsed, "partial_then_clause")
    assert quote.kind == "indirect" and quote.text.endswith("and that nobody cares")


def test_a_quoted_sentence_after_a_colon_is_said_by_the_subject_before_it(parsed):
    quote = only(parsed, "after_colon")
    assert (quote.text, quote.kind, quote.speaker_text, quote.cue) == (
        "They lied to us.",
        "direct",
        "Smith",
        ":",
    )


def test_a_quoted_sentence_after_a_headline_colon_is_said_by_the_name_in_it(parsed):
    quote = only(parsed, "headline_colon")
    assert quote.text == "You Should Resign Today." and quote.kind == "direct"
    assert quote.speaker_text == "Elizabeth Warren" and quote.cue == ":"


def test_a_content_opening_and_closing_with_quotations_is_direct(parsed):
    quote = only(parsed, "mixed_inside")
    assert quote.kind == "direct" and quote.speaker_text == "Ms. Ruiz"
    assert "of the new plan" in quote.text and quote.text.endswith("about its cost.")


def test_an_as_aside_reports_the_rest_of_its_sentence(parsed):
    quote = only(parsed, "as_aside")
    assert quote.text == "Hawaii … rarely sees two hurricanes in one week"
    assert quote.speaker_text == "one of the president's advisers"
    quote = only(parsed, "as_aside_first")
    assert quote.text == "a trade war would hurt farmers first"
    assert quote.speaker_text == "Mr. Brown" and quote.cue == "observed"


def test_a_section_label_is_no_speaker(parsed):
    assert found(parsed, "section_label") == []


def test_urging_and_identifying_as_report_what_their_subject_says(parsed):
    """ "encourage X to ...", like "urge", reports a request with its own subject; "identify X
    as Y", like "describe X as Y", a small clause (``cues.yaml``)."""
    urged = only(parsed, "encouraged")
    assert (urged.speaker_text, urged.cue) == ("The senator", "encouraged")
    assert urged.text == "his supporters to visit polling stations on Election Day"
    named = only(parsed, "identified")
    assert (named.speaker_text, named.cue) == ("Sanders", "identified")
    assert named.text.endswith("as one of the reasons to back Clinton")
