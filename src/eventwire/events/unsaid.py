"""Verbs that make no statement: an attitude ("voters think", "I believe"), a poll's result
("51 percent of respondents said"), a question quoted ("'Who do they think they are?'") or asked
("asked whether she would"), what was said named as a thing ("everything he said"), a saying
that may be ("too soon to say"), a
credit line ("X contributed reporting") and a pointer inside a statement ("Trump said,
referring to Obama"). The word lists are ``attitudes``, ``poll_shares``, ``question_verbs``,
``credit_nouns``, ``non_agents``, ``restating_verbs`` and ``unsaid_infinitive_heads`` in
``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clause_mood import mandative
from eventwire.events.clause_shape import infinitive
from eventwire.events.context import WhenWhere
from eventwire.nlp import SUBJECT_DEPS, asks, inside_quotes, sentence_of


class UnsaidRules(WhenWhere):
    """Decides that a verb is no act of its own."""

    def _attitude(self, lemma: str) -> bool:
        """ "Democrats hope", "voters think", "is considering a run", and "I think she's Obama's
        third term," he said: an attitude is no utterance (inside a quotation, the statement is
        the quoting verb's). What is intended ("hopes to meet") is coded at the verb intended."""
        return lemma in self.patterns.attitudes

    def _poll_result(self, verb: Token) -> bool:
        """ "51 percent of respondents said", "Polls suggest", "Supporters say by 55%-41%" (or
        "by a wide margin"),
        "respondents who support Sanders", "with 95 percent of precincts reporting": a share of
        people polled, a poll or a count as the doer is a poll's result, not an act."""
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "acl" and not doers:
            doers.append(verb.head)  # "precincts reporting"
        if verb.dep_ == "relcl" and any(d.tag_ in ("WP", "WDT") for d in doers):
            doers.append(verb.head)  # "respondents who support Sanders"
        shares, non_agents = self.patterns.poll_shares, self.patterns.non_agents
        if any(
            d.pos_ != "PROPN" and (self._lemma(d) in shares or self._lemma(d) in non_agents)
            for d in doers
        ):
            return True  # not "Bond said"
        if any(self._counted_share(d) for d in doers):
            return True
        return any(
            c.dep_ == "prep" and c.lower_ == "by" and self._poll_measure(c) for c in verb.children
        ) or self._tallied(verb)

    def _poll_measure(self, by: Token) -> bool:
        """What a poll's result is said "by": a percentage ("by 55%-41%") or a margin."""
        if any(t.text.endswith("%") for t in by.subtree):
            return True
        margins = self.patterns.poll_margin_words
        return any(o.dep_ == "pobj" and self._lemma(o) in margins for o in by.children)

    def _counted_share(self, doer: Token) -> bool:
        """ "Six in 10 Republicans said", "four out of 10 voters", "73 percent of Democrats who
        said": people counted as a ratio (``poll_ratio_words`` between two numbers) or as the
        share a poll word (``poll_shares``) takes of them."""
        ratio_words = self.patterns.poll_ratio_words
        if any(t.dep_ == "quantmod" and t.lower_ in ratio_words for t in doer.subtree):
            return True
        counter = doer.head.head if doer.dep_ == "pobj" and doer.head.lower_ == "of" else None
        return counter is not None and self._lemma(counter) in self.patterns.poll_shares

    def _tallied(self, verb: Token) -> bool:
        """ "was supported by 42 percent of the Republicans surveyed" (a percentage as the
        passive's doer; "rejected by large majorities in Congress" is a vote), "has backing from
        33 percent", "received the backing of 33%" (a percentage it comes from), "backed Trump,
        57 percent to 22 percent" (a tally set beside the object): a poll's result."""
        shares = self.patterns.poll_shares
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        givers = [c for c in verb.children if c.dep_ == "agent" or c.lower_ == "from"]
        givers += [p for o in objects for p in o.children if p.lower_ in ("from", "of")]
        if any(g.dep_ == "pobj" and self._percentage(g) for p in givers for g in p.children):
            return True
        for child in verb.children:
            if child.dep_ == "dobj" and any(
                a.dep_ == "appos"
                and self._lemma(a) in shares
                and any(p.dep_ == "prep" and p.lower_ == "to" for p in a.children)
                for a in child.children
            ):
                return True
        return False

    def _percentage(self, token: Token) -> bool:
        return token.text.endswith("%") or self._lemma(token) in self.patterns.percent_words

    def _quoted_question(self, verb: Token) -> bool:
        """ "'Who do they think they are?'": a verb inside a quoted question asks, it states
        nothing ("Graham said, 'How many of you believe ...?'" still states: "said" is outside
        the quotation)."""
        return asks(sentence_of(verb)) and inside_quotes(verb)

    def _question_asked(self, verb: Token, lemma: str) -> bool:
        """ "asked Clinton whether she would release transcripts", "when asked about the vote",
        "'Mistake?' he asked": a question, not an appeal; "asked them to stay", "asked for the
        meeting", "asked that Russia withdraw" request."""
        if lemma not in self.patterns.question_verbs:
            return False
        return not any(
            (c.dep_ in ("xcomp", "ccomp") and infinitive(c))
            or (c.dep_ == "ccomp" and mandative(c))
            or (c.dep_ == "prep" and c.lower_ == "for")
            for c in verb.children
        )

    def _said_thing(self, verb: Token) -> bool:
        """ "takes back everything he said", "the book she wrote", "things Trump has said about
        Latinos": a verb of saying in a relative clause whose antecedent is what was said names
        earlier words; it reports no statement. The clause has its own subject and no content
        of its own (no object, reported clause or complement)."""
        if verb.dep_ != "relcl":
            return False
        children = list(verb.children)
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].tag_ in ("WP", "WDT") or subjects[0].lower_ == "that":
            return False  # "officials who said ...": the antecedent speaks
        content = ("ccomp", "xcomp", "parataxis", "advcl", "dobj")
        return not any(
            c.dep_ in content and c.tag_ not in ("WP", "WDT") and c.lower_ != "that"
            for c in children
        )

    def _saying_that_may_be(self, verb: Token) -> bool:
        """ "It is too soon to say how", "safe to say", "had little to say", "something to say
        about this": an infinitive of saying on one of ``unsaid_infinitive_heads`` names a
        saying that may be, not one made."""
        return (
            infinitive(verb)
            and verb.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp")
            and verb.head.lower_ in self.patterns.unsaid_infinitive_heads
        )

    def _credit_line(self, verb: Token, lemma: str) -> bool:
        """ "Amanda Terkel contributed reporting", "Lerer reported from Los Angeles": who wrote
        the article (reporting done with no content and a place it was done from)."""
        credits = self.patterns.credit_nouns
        if lemma == "contribute":
            return any(c.dep_ == "dobj" and c.lower_ in credits for c in verb.children)
        if verb.dep_ == "dobj" and self._lemma(verb.head) == "contribute":
            return verb.lower_ in credits
        return (
            lemma == "report"
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
        )

    def _disclosure(self, verb: Token, lemma: str) -> bool:
        """ "reported raising $9 million", "reports investments in Ford": a filing of money
        held, raised or earned (``disclosed_holdings``) states figures, no statement; so does a
        figure of money raised that a verb of saying tells (``_money_raised``)."""
        filing = lemma in self.patterns.disclosure_verbs and any(
            (c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.tag_ == "VBG"))
            and self._lemma(c) in self.patterns.disclosed_holdings
            for c in verb.children
        )
        return filing or (lemma in self.patterns.speech and self._money_raised(verb))

    def _money_raised(self, verb: Token) -> bool:
        """ "Sanders has raised nearly $73 million, campaign officials said", "the average
        donation was $27.16, aides said": the reported clause's predicate raises a sum
        (``fundraising_verbs``) for an actor, its subject, or its subject is a gift
        (``fundraising_nouns``) and it names a sum."""
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if not clauses and verb.dep_ in ("parataxis", "ccomp") and verb.i > verb.head.i:
            clauses = [verb.head]  # "..., campaign officials said"
        for clause in clauses:
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            raised = (
                self._lemma(clause) in self.patterns.fundraising_verbs
                and any(_sum(o) for o in objects)
                and any(self._actors(s) for s in subjects)  # not "the event has raised"
            )
            gift = any(self._lemma(s) in self.patterns.fundraising_nouns for s in subjects)
            if raised or (gift and _sum(clause)):
                return True
        return False

    def _restated(self, verb: Token, lemma: str) -> bool:
        """ "Trump said, referring to Barack Obama", "Salceda, citing data from the State
        Department, said": a participle of pointing (``restating_verbs``) that hangs on a verb
        of saying, with no clause of its own, is part of that statement (coded once, there)."""
        head = verb.head
        return (
            lemma in self.patterns.restating_verbs
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head is not verb
            and self._verb_lemma(head) in self.patterns.speech
            and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        )


def _sum(head: Token) -> bool:
    """A sum of money in the phrase or clause: "$73 million", "2.5 million contributions" are
    read as money by the parser's entities."""
    return any(t.ent_type_ == "MONEY" or t.text.startswith("$") for t in head.subtree)
