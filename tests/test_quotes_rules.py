"""The quotes finder's rules, one at a time, on parses written by hand (``tests/parses.py``).

Split of the quotes tests: these pin each rule (reported speech by cue class, the ordered
attach rules for direct quotes, speaker resolution) on a parse that no model update can
change; where a rule's knowledge is data (``cues.yaml``) a paired case shows the outcome
turns on that entry. ``tests/test_quotes.py`` stays the smaller end-to-end set: the real
model on real sentences, to show the rules meet the parses spaCy actually produces.

Rows are ``"word head dep POS lemma [tag]"`` with absolute head indices.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire import quotes
from eventwire.models import Quote
from eventwire.nlp import Document
from eventwire.quotes import cues, finder
from parses import mentions, parse

ACTORS = {
    "Iran": ("IRN", None),
    "Israel": ("ISR", None),
    "Syria": ("SYR", None),
    "Javad Zarif": ("IRN", "GOV"),
    "spokesman": (None, "GOV"),  # a role without a country: not yet a speaker's actor
}
PEOPLE = {"Javad Zarif", "Steve Quinlan", "Mr. Zarif"}


def document(rows: list) -> Document:
    """The hand-made parse; every name of ``ACTORS`` or ``PEOPLE`` in it is an entity."""
    words = [row.split()[0] if isinstance(row, str) else row[0] for row in rows]
    ents = []
    for name in [*ACTORS, *PEOPLE]:
        parts = name.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts:
                ents.append((i, i + len(parts), "PERSON" if name in PEOPLE else "GPE"))
    return parse(rows, ents=sorted(ents))


def found(rows: list) -> list[Quote]:
    parsed = document(rows)
    return quotes.extract(parsed, mentions(parsed, ACTORS), [])


def attributed(rows: list, lexicon: cues.Cues) -> list[finder.Attribution]:
    """The finder's attributions under a changed cue lexicon (a broken rule)."""
    return finder.find(document(rows).doc, lexicon)


def summary(quote: Quote) -> tuple:
    code = quote.speaker.code if quote.speaker else None
    return quote.text, quote.kind, quote.speaker_text, quote.cue, code


def says(cue: str, lemma: str) -> list[str]:
    """ "Iran <cue> that Israel bombed Syria." """
    return [
        "Iran 1 nsubj PROPN Iran",
        f"{cue} 1 ROOT VERB {lemma}",
        "that 4 mark SCONJ that",
        "Israel 4 nsubj PROPN Israel",
        "bombed 1 ccomp VERB bomb",
        "Syria 4 dobj PROPN Syria",
        ". 1 punct PUNCT .",
    ]


# ------------------------------------------------------------------ reported speech
def test_speech_verb_reports_its_clause():
    (quote,) = found(says("said", "say"))
    assert summary(quote) == ("that Israel bombed Syria", "indirect", "Iran", "said", "IRN")


def test_speech_verb_with_a_bare_noun_object_reports_nothing():
    rows = [
        "Iran 1 nsubj PROPN Iran",
        "denied 1 ROOT VERB deny",
        "the 3 det DET the",
        "accusations 1 dobj NOUN accusation NNS",
        ". 1 punct PUNCT .",
    ]
    assert found(rows) == []


def test_denial_cue_is_shown_as_denied():
    (quote,) = found(says("denied", "deny"))
    assert quote.cue_polarity == "denied"


def test_negated_cue_is_shown_as_negated():
    rows = [
        "Iran 3 nsubj PROPN Iran",
        "did 3 aux AUX do",
        "not 3 neg PART not",
        "say 3 ROOT VERB say VB",
        "that 6 mark SCONJ that",
        "Israel 6 nsubj PROPN Israel",
        "bombed 3 ccomp VERB bomb",
        "Syria 6 dobj PROPN Syria",
        ". 3 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert quote.cue_polarity == "negated"


def test_stance_verb_reports_a_finite_clause():
    (quote,) = found(says("believes", "believe"))
    assert summary(quote)[:3] == ("that Israel bombed Syria", "indirect", "Iran")


KNOWS_WHAT = [
    "Iran 1 nsubj PROPN Iran",
    "knows 1 ROOT VERB know VBZ",
    "what 4 dobj PRON what WP",
    "Israel 4 nsubj PROPN Israel",
    "wants 1 ccomp VERB want VBZ",
    ". 1 punct PUNCT .",
]


def test_stance_verb_with_a_question_clause_reports_nothing():
    assert found(KNOWS_WHAT) == []


def test_question_words_are_the_stance_not_opening_with_list():
    lexicon = replace(cues.load(), stance_not_opening_with=frozenset())
    assert [a.cue_token for a in attributed(KNOWS_WHAT, lexicon)] == [1]


def to_attack(cue: str, lemma: str) -> list[str]:
    return [
        "Iran 1 nsubj PROPN Iran",
        f"{cue} 1 ROOT VERB {lemma}",
        "to 3 aux PART to TO",
        "attack 1 xcomp VERB attack VB",
        "Syria 3 dobj PROPN Syria",
        ". 1 punct PUNCT .",
    ]


def test_intention_with_a_bare_infinitive_is_a_wish_not_a_statement():
    assert found(to_attack("wants", "want")) == []


def test_pledge_reports_its_infinitive():
    (quote,) = found(to_attack("pledged", "pledge"))
    assert summary(quote)[:4] == ("to attack Syria", "indirect", "Iran", "pledged")


DECLINED_TO_SAY = [
    "Iran 1 nsubj PROPN Iran",
    "declined 1 ROOT VERB decline",
    "to 3 aux PART to TO",
    "say 1 xcomp VERB say VB",
    "whether 6 mark SCONJ whether",
    "Israel 6 nsubj PROPN Israel",
    "bombed 3 ccomp VERB bomb",
    "Syria 6 dobj PROPN Syria",
    ". 1 punct PUNCT .",
]


def test_cue_under_a_refusal_reports_nothing():
    assert found(DECLINED_TO_SAY) == []


def test_refusal_is_the_refusals_list():
    lexicon = replace(cues.load(), refusals=frozenset())
    assert [a.cue_token for a in attributed(DECLINED_TO_SAY, lexicon)] == [3]


CALLED = ["Iran 1 nsubj PROPN Iran", "called 1 ROOT VERB call", "the 3 det DET the"]


def test_characterizing_verb_attributes_a_quoted_phrase():
    rows = CALLED + [
        "plan 1 dobj NOUN plan",
        "“ 6 punct PUNCT “ ``",
        "a 6 det DET a",
        "disgrace 1 oprd NOUN disgrace",
        "” 6 punct PUNCT ” ''",
        ". 1 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert "a disgrace" in quote.text
    assert (quote.speaker_text, quote.cue) == ("Iran", "called")


def test_characterizing_verb_with_a_bare_object_reports_nothing():
    rows = CALLED + ["plan 1 dobj NOUN plan", ". 1 punct PUNCT ."]
    assert found(rows) == []


def test_characterizing_verb_with_a_small_clause_reports_it():
    # "Iran called the plan dangerous": the object and its predicate are a statement
    rows = CALLED + ["plan 1 dobj NOUN plan", "dangerous 1 oprd ADJ dangerous", ". 1 punct PUNCT ."]
    (quote,) = found(rows)
    assert quote.text == "the plan dangerous" and quote.speaker_text == "Iran"


def test_a_passive_cue_has_no_speaker_from_the_verb_above():
    # "Podliska asked interns to take up projects although he was warned against doing so":
    # "he" was warned, by nobody named; he is not the warner
    rows = [
        "He 1 nsubj PRON he",
        "asked 1 ROOT VERB ask VBD",
        "interns 1 dobj NOUN intern",
        "although 6 mark SCONJ although",
        "he 6 nsubjpass PRON he",
        "was 6 auxpass AUX be",
        "warned 1 advcl VERB warn VBN",
        "against 6 prep ADP against",
        "doing 7 pcomp VERB do VBG",
        "so 8 dobj ADV so",
        ". 1 punct PUNCT .",
    ]
    assert not any((q.cue or "").startswith("warned") for q in found(rows))


def test_according_to_names_the_speaker():
    rows = [
        "According 5 prep VERB accord VBG",
        "to 0 prep ADP to",
        "Iran 1 pobj PROPN Iran",
        ", 5 punct PUNCT ,",
        "Israel 5 nsubj PROPN Israel",
        "bombed 5 ROOT VERB bomb",
        "Syria 5 dobj PROPN Syria",
        ". 5 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert summary(quote) == ("Israel bombed Syria", "indirect", "Iran", "According to", "IRN")


# ------------------------------------------------------------------ direct quotes
def quote_then(verb: str, lemma: str) -> list[str]:
    """ "“We will win,” Iran <verb>." parsed as two sentences (the cue is not the quote's head)."""
    return [
        "“ 3 punct PUNCT “ ``",
        "We 3 nsubj PRON we",
        "will 3 aux AUX will MD",
        "win 3 ROOT VERB win VB",
        ", 3 punct PUNCT ,",
        "” 3 punct PUNCT ” ''",
        "Iran 7 nsubj PROPN Iran",
        f"{verb} 7 ROOT VERB {lemma}",
        ". 7 punct PUNCT .",
    ]


def test_direct_quote_is_attached_to_the_cue_after_it():
    (quote,) = found(quote_then("said", "say"))
    assert summary(quote) == ("We will win", "direct", "Iran", "said", "IRN")


def test_direct_quote_beside_no_cue_has_no_speaker():
    (quote,) = found(quote_then("smiled", "smile"))
    assert summary(quote) == ("We will win", "direct", None, None, None)


def test_direct_quote_is_attached_to_the_cue_before_its_colon():
    rows = [
        "Iran 1 nsubj PROPN Iran",
        "said 1 ROOT VERB say",
        ": 1 punct PUNCT :",
        "“ 6 punct PUNCT “ ``",
        "We 6 nsubj PRON we",
        "will 6 aux AUX will MD",
        "win 6 ROOT VERB win VB",
        ". 6 punct PUNCT .",
        "” 6 punct PUNCT ” ''",
    ]
    (quote,) = found(rows)
    assert summary(quote) == ("We will win.", "direct", "Iran", "said", "IRN")


def test_next_sentences_quote_continues_the_same_speaker():
    rows = quote_then("said", "say") + [
        "“ 12 punct PUNCT “ ``",
        "The 11 det DET the",
        "talks 12 nsubj NOUN talk NNS",
        "failed 12 ROOT VERB fail",
        ". 12 punct PUNCT .",
        "” 12 punct PUNCT ” ''",
    ]
    result = found(rows)
    assert [q.speaker_text for q in result] == ["Iran"]
    assert result[0].text == "We will win … The talks failed."


def test_quote_paragraph_after_an_attribution_takes_its_speaker():
    rows = says("said", "say") + [
        ("\n\n", 1, "dep", "SPACE", "\n\n", "_SP"),
        "“ 11 punct PUNCT “ ``",
        "We 11 nsubj PRON we",
        "will 11 aux AUX will MD",
        "respond 11 ROOT VERB respond VB",
        ". 11 punct PUNCT .",
        "” 11 punct PUNCT ” ''",
    ]
    result = found(rows)
    assert [(q.text, q.speaker_text) for q in result] == [
        ("that Israel bombed Syria", "Iran"),
        ("We will respond.", "Iran"),
    ]


def test_dash_signature_names_the_speaker():
    rows = [
        "“ 2 punct PUNCT “ ``",
        "We 2 nsubj PRON we",
        "need 2 ROOT VERB need VBP",
        "a 4 det DET a",
        "bridge 2 dobj NOUN bridge",
        ". 2 punct PUNCT .",
        "” 2 punct PUNCT ” ''",
        "― 9 punct PUNCT ― :",
        "Steve 9 compound PROPN Steve",
        "Quinlan 9 ROOT PROPN Quinlan",
    ]
    (quote,) = found(rows)
    assert (quote.text, quote.speaker_text) == ("We need a bridge.", "Steve Quinlan")


def test_cue_inside_the_quote_is_the_speakers_not_news():
    rows = [
        "“ 2 punct PUNCT “ ``",
        "I 2 nsubj PRON I",
        "think 2 ROOT VERB think VBP",
        "we 5 nsubj PRON we",
        "will 5 aux AUX will MD",
        "win 2 ccomp VERB win VB",
        ", 2 punct PUNCT ,",
        "” 2 punct PUNCT ” ''",
        "Iran 9 nsubj PROPN Iran",
        "said 9 ROOT VERB say",
        ". 9 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert summary(quote) == ("I think we will win", "direct", "Iran", "said", "IRN")


# ------------------------------------------------------------------ speaker resolution
def test_speaker_is_the_owner_named_inside_the_phrase():
    """The head's own mention ("spokesman": GOV, no country) gives way to the owner inside."""
    rows = [
        "A 1 det DET a",
        "spokesman 4 nsubj NOUN spokesman",
        "for 1 prep ADP for",
        "Iran 2 pobj PROPN Iran",
        *[_shift(r, 3) for r in says("said", "say")[1:]],
    ]
    (quote,) = found(rows)
    assert (quote.speaker_text, quote.speaker.code) == ("A spokesman for Iran", "IRN")
    assert quote.speaker.text == "A spokesman for Iran"


def test_surname_refers_back_to_the_person_named_earlier():
    rows = [
        "Javad 1 compound PROPN Javad",
        "Zarif 2 nsubj PROPN Zarif",
        "arrived 2 ROOT VERB arrive",
        ". 2 punct PUNCT .",
        "Mr. 5 compound PROPN Mr.",
        "Zarif 6 nsubj PROPN Zarif",
        *[_shift(r, 5) for r in says("said", "say")[1:]],
    ]
    (quote,) = found(rows)
    assert (quote.speaker_text, quote.speaker.code) == ("Mr. Zarif", "IRNGOV")


def _shift(row: str, by: int) -> str:
    """A row of ``says`` moved ``by`` tokens to the right, behind a longer subject."""
    word, head, *rest = row.split()
    return " ".join([word, str(int(head) + by), *rest])


CLAIM = [
    "Iran 2 poss PROPN Iran",
    "'s 0 case PART 's POS",
    "claim 7 nsubj NOUN claim",
    "that 5 mark SCONJ that",
    "Israel 5 nsubj PROPN Israel",
    "bombed 2 acl VERB bomb VBD",
    "Syria 5 dobj PROPN Syria",
    "angered 7 ROOT VERB anger VBD",
    "Washington 7 dobj PROPN Washington",
    ". 7 punct PUNCT .",
]


def test_a_noun_of_saying_attributes_its_that_clause_to_its_possessor():
    # "Iran's claim that Israel bombed Syria angered Washington."
    (quote,) = found(CLAIM)
    assert (quote.text, quote.speaker_text, quote.cue) == (
        "that Israel bombed Syria",
        "Iran",
        "claim",
    )


def test_the_cue_nouns_are_the_nouns_list():
    lexicon = replace(cues.load(), nouns=frozenset())
    assert attributed(CLAIM, lexicon) == []


def test_a_lemma_the_tagger_gets_wrong_is_corrected_by_the_forms_list():
    # "Iran hoped that Israel bombed Syria": the tagger's lemma is "hop"
    rows = says("hoped", "hop")
    (quote,) = found(rows)
    assert (quote.text, quote.cue) == ("that Israel bombed Syria", "hoped")
    assert attributed(rows, replace(cues.load(), forms={})) == []


def test_it_is_a_source_of_a_verb_of_saying_but_not_of_seem():
    # "It says that Israel bombed Syria" (a letter, a report) / "It seems that ..."
    (quote,) = found(["It 1 nsubj PRON it", *says("says", "say")[1:]])
    assert quote.speaker_text == "It"
    assert found(["It 1 nsubj PRON it", *says("seems", "seem")[1:]]) == []


CONVINCED = [
    "Iran 1 nsubj PROPN Iran",
    "is 1 ROOT AUX be VBZ",
    "convinced 1 acomp ADJ convinced JJ",
    "that 5 mark SCONJ that",
    "Israel 5 nsubj PROPN Israel",
    "bombed 2 ccomp VERB bomb VBD",
    "Syria 5 dobj PROPN Syria",
    ". 1 punct PUNCT .",
]


def test_an_adjective_of_stance_attributes_its_clause_to_the_subject():
    # "Iran is convinced that Israel bombed Syria."
    (quote,) = found(CONVINCED)
    assert (quote.text, quote.speaker_text, quote.cue) == (
        "that Israel bombed Syria",
        "Iran",
        "is convinced",
    )
    assert attributed(CONVINCED, replace(cues.load(), adjectives=frozenset())) == []


def test_a_promise_noun_attributes_its_infinitive_but_a_plan_does_not():
    # "Iran's vow to bomb Syria angered Washington." / "Iran's plan to bomb Syria ..."
    def rows(noun: str) -> list[str]:
        return [
            "Iran 2 poss PROPN Iran",
            "'s 0 case PART 's POS",
            f"{noun} 6 nsubj NOUN {noun}",
            "to 4 aux PART to TO",
            "bomb 2 acl VERB bomb VB",
            "Syria 4 dobj PROPN Syria",
            "angered 6 ROOT VERB anger VBD",
            "Washington 6 dobj PROPN Washington",
            ". 6 punct PUNCT .",
        ]

    (quote,) = found(rows("vow"))
    assert (quote.text, quote.speaker_text, quote.cue) == ("to bomb Syria", "Iran", "vow")
    assert found(rows("plan")) == []


def test_according_to_source_stops_at_the_comma_when_the_parse_swallows_the_clause():
    """ "According to Iran, the move reeks of “fear”": the tagger took "reeks" for a noun and
    the clause for an apposition of the source; the source ends at the comma."""
    rows = [
        "According 0 ROOT VERB accord VBG",
        "to 0 prep ADP to",
        "Iran 1 pobj PROPN Iran",
        ", 2 punct PUNCT ,",
        "the 6 det DET the",
        "move 6 compound NOUN move",
        "reeks 2 appos NOUN reek NNS",
        "of 6 prep ADP of",
        "“ 9 punct PUNCT “ ``",
        "fear 7 pobj NOUN fear",
        "” 9 punct PUNCT ” ''",
        ". 0 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert summary(quote)[2:] == ("Iran", "According to", "IRN")
    assert quote.text.startswith("the move reeks of")


def test_a_that_clause_hung_on_the_person_spoken_to_is_what_was_said():
    """ "Iran yelled to the officers that Israel bombed Syria": the parse made the clause a
    relative clause of "officers"."""
    rows = [
        "Iran 1 nsubj PROPN Iran",
        "yelled 1 ROOT VERB yell VBD",
        "to 1 prep ADP to",
        "the 4 det DET the",
        "officers 2 pobj NOUN officer NNS",
        "that 7 mark SCONJ that IN",
        "Israel 7 nsubj PROPN Israel",
        "bombed 4 relcl VERB bomb VBD",
        "Syria 7 dobj PROPN Syria",
        ". 1 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert summary(quote) == ("that Israel bombed Syria", "indirect", "Iran", "yelled", "IRN")


def test_a_clause_whose_verb_was_tagged_an_auxiliary_is_still_a_clause():
    """ "Israel beats Syria by 4 points, according to Iran": "beats" tagged an auxiliary of
    "Syria", which took the subject; a word with a subject and an auxiliary heads a clause."""
    rows = [
        "Israel 2 nsubj PROPN Israel",
        "beats 2 aux AUX beats VBZ",
        "Syria 2 ROOT PROPN Syria",
        "by 2 prep ADP by",
        "4 5 nummod NUM 4 CD",
        "points 3 pobj NOUN point NNS",
        ", 2 punct PUNCT ,",
        "according 2 prep VERB accord VBG",
        "to 7 prep ADP to",
        "Iran 8 pobj PROPN Iran",
        ". 2 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert summary(quote) == (
        "Israel beats Syria by 4 points",
        "indirect",
        "Iran",
        "according to",
        "IRN",
    )


def test_a_name_after_the_closing_mark_says_the_quotation_the_parse_hung_it_in():
    """ "“Israel bombed Syria,” Javad Zarif, a spokesman, said on “Fox.”": the parse made the
    name an apposition inside the quotation and the quoted title the cue's subject."""
    rows = [
        "“ 2 punct PUNCT “ ``",
        "Israel 2 nsubj PROPN Israel",
        "bombed 12 ccomp VERB bomb VBD",
        "Syria 2 dobj PROPN Syria",
        ", 3 punct PUNCT ,",
        "” 3 punct PUNCT ” ''",
        "Javad 7 compound PROPN Javad",
        "Zarif 3 appos PROPN Zarif",
        ", 7 punct PUNCT ,",
        "a 10 det DET a",
        "spokesman 7 appos NOUN spokesman",
        ", 12 punct PUNCT ,",
        "said 12 ROOT VERB say VBD",
        "on 12 prep ADP on",
        "“ 15 punct PUNCT “ ``",
        "Fox 12 nsubj PROPN Fox",
        ". 12 punct PUNCT .",
        "” 12 punct PUNCT ” ''",
    ]
    (quote, *_) = found(rows)
    assert summary(quote) == (
        "Israel bombed Syria",
        "direct",
        "Javad Zarif, a spokesman",
        "said",
        "IRNGOV",
    )


def uncued(words: list[str], head: int) -> list[str]:
    """ "Iran thanked Syria because “<two words>.”": a quotation no cue governs, headed by
    token ``head``."""
    return [
        "Iran 1 nsubj PROPN Iran",
        "thanked 1 ROOT VERB thank VBD",
        "Syria 1 dobj PROPN Syria",
        f"because {head} mark SCONJ because IN",
        f"“ {head} punct PUNCT “ ``",
        *words,
        f". {head} punct PUNCT .",
        f"” {head} punct PUNCT ” ''",
    ]


def test_a_quoted_clause_with_no_cue_is_speech_and_scare_quotes_are_not():
    clause = uncued(["Israel 6 nsubj PROPN Israel", "bombed 1 advcl VERB bomb VBD"], 6)
    ((text, kind, speaker, *_),) = [summary(q) for q in found(clause)]
    assert (text, kind, speaker) == ("Israel bombed.", "direct", None)
    scare = uncued(["bombing 1 advcl VERB bomb VBG", "Israel 5 dobj PROPN Israel"], 5)
    assert not found(scare)


def names_as(subject: str, verb: str) -> list[str]:
    """ "<subject> <verb> after Israel as a “rogue state”." """
    dep, lemma, tag = ("nsubj", "go", "VBD") if subject == "Iran" else ("nsubjpass", "treat", "VBN")
    return [
        f"{subject} 1 {dep} PROPN {subject}",
        f"{verb} 1 ROOT VERB {lemma} {tag}",
        "after 1 prep ADP after",
        "Syria 2 pobj PROPN Syria",
        "as 1 prep ADP as",
        "a 8 det DET a",
        "“ 8 punct PUNCT “ ``",
        "rogue 8 amod ADJ rogue",
        "state 4 pobj NOUN state",
        "” 8 punct PUNCT ” ''",
        ". 1 punct PUNCT .",
    ]


def test_any_verb_naming_its_object_in_quotes_after_as_characterises_it():
    """ "Iran went after Syria as a “rogue state”": no cue verb, but the quoted name after "as"
    is what Iran calls Syria; with no subject (a passive: "Syria was treated as a “rogue state”") nobody says it."""
    (quote,) = found(names_as("Iran", "went"))
    assert summary(quote) == ("after Syria as a “rogue state”", "indirect", "Iran", "went", "IRN")
    assert not found(names_as("Israel", "treated"))


def test_a_cue_opening_with_that_reports_nothing_before_it():
    """ "Iran insists that Israel wants to bomb Syria", parsed with "wants" as the root and
    "Iran insists" as its clause: "wants" is what is reported, it reports nothing before it."""
    rows = [
        "Iran 1 nsubj PROPN Iran",
        "insists 4 ccomp VERB insist VBZ",
        "that 4 mark SCONJ that IN",
        "Israel 4 nsubj PROPN Israel",
        "wants 4 ROOT VERB want VBZ",
        "to 6 aux PART to TO",
        "bomb 4 xcomp VERB bomb VB",
        "Syria 6 dobj PROPN Syria",
        ". 4 punct PUNCT .",
    ]
    assert not [q.text for q in found(rows) if q.cue == "wants"]


def test_a_that_clause_the_parse_made_the_head_of_the_cue_is_what_it_reports():
    """ "Iran continues to insist, in an interview, that Israel bombed Syria": the parse made
    "bombed" the root and the cue's clause its complement."""
    rows = [
        "Iran 1 nsubj PROPN Iran",
        "continues 11 ccomp VERB continue VBZ",
        "to 3 aux PART to TO",
        "insist 1 xcomp VERB insist VB",
        ", 3 punct PUNCT ,",
        "in 3 prep ADP in",
        "an 7 det DET an",
        "interview 5 pobj NOUN interview",
        ", 11 punct PUNCT ,",
        "that 11 mark SCONJ that IN",
        "Israel 11 nsubj PROPN Israel",
        "bombed 11 ROOT VERB bomb VBD",
        "Syria 11 dobj PROPN Syria",
        ". 11 punct PUNCT .",
    ]
    (quote,) = found(rows)
    assert summary(quote) == ("that Israel bombed Syria", "indirect", "Iran", "insist", "IRN")


def test_a_title_the_parse_made_a_clause_before_the_cue_is_not_what_it_reports():
    """ "In his book, “Make Peace,” Iran suggested talking to Israel": the quoted title is a
    work's name (the parse made it the cue's clause); the cue reports its own complement."""
    rows = [
        "In 10 prep ADP in",
        "his 2 poss PRON his PRP$",
        "book 0 pobj NOUN book",
        ", 10 punct PUNCT ,",
        "“ 10 punct PUNCT “ ``",
        "Make 10 ccomp VERB make VB",
        "Peace 5 dobj NOUN peace",
        ", 10 punct PUNCT ,",
        "” 10 punct PUNCT ” ''",
        "Iran 10 nsubj PROPN Iran",
        "suggested 10 ROOT VERB suggest VBD",
        "talking 10 xcomp VERB talk VBG",
        "to 11 prep ADP to",
        "Israel 12 pobj PROPN Israel",
        ". 10 punct PUNCT .",
    ]
    parsed = parse(rows, ents=[(5, 7, "WORK_OF_ART"), (9, 10, "GPE"), (13, 14, "GPE")])
    (quote,) = quotes.extract(parsed, mentions(parsed, ACTORS), [])
    assert summary(quote)[1:] == ("indirect", "Iran", "suggested", "IRN")
    assert quote.text.endswith("talking to Israel") and "book" not in quote.text
