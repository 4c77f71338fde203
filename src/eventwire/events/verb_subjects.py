"""A verb's subjects: the actors of its subject, followed through relative clauses,
coordination, complements ("were able to kill"), a subjectless passive's or participle's agent,
and the parser's slips (a main verb read as a participle, "'s" read as a passive "is", a speaker
hung on the clause before its verb of saying). Its own module because finding the word that acts
for a verb is a walk over the clause, above reading who a word names (``actor_phrases.py``);
``arguments.py`` reads a trigger's sources with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_phrases import ActorPhrases
from eventwire.events.actor_refs import ActorRef
from eventwire.nlp import sentence_of


class VerbSubjects(ActorPhrases):
    """Who a verb's subject is."""

    def _subjects(self, verb: Token) -> list[ActorRef]:
        """The verb's agent: its subject, a relative clause's antecedent, or a coordinated verb's subject."""
        seen = set()
        complement = False  # the verb before was an xcomp of this one
        while verb.i not in seen:
            seen.add(verb.i)
            root_noun = misparsed_main_verb(verb)
            if root_noun is not None:
                return self._actors(root_noun, fallback=True)
            subject_deps: tuple[str, ...] = ("nsubj", "csubj")
            if perfect_read_as_passive(verb) or (complement and _agentless(verb)):
                # "Santilli is seen speaking", "State was ordered to make releases": the one
                # seen or ordered does the complement's act
                subject_deps = ("nsubj", "csubj", "nsubjpass")
            complement = verb.dep_ == "xcomp"
            subjects = [c for c in verb.children if c.dep_ in subject_deps]
            if subjects:
                subject = subjects[-1]  # of two (a misparse), the one next to the verb
                if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return self._actors(self._relative_antecedent(verb, subject), fallback=True)
                return self._actors(subject, fallback=True)
            if clause_shape.passive_or_participle(
                verb
            ):  # "after being warned by the Russian government", "remarks first reported by
                # The New York Times": a subjectless passive's or a participle's doer is its
                # agent, not the subject of the clause it hangs on
                return self._slot_actors(verb, "agent", None, fallback=True)
            if verb.dep_ == "conj":
                verb = self._conj_head(verb)
            elif (
                verb.dep_ in ("xcomp", "advcl", "pcomp")
                and verb.head.pos_
                in (
                    "VERB",
                    "AUX",
                    "ADP",
                    "SCONJ",  # "Since announcing ..., Biden has been": a preposition tagged SCONJ
                )
                or (verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ")
            ):  # "were able to kill"
                verb = governing_verb(verb)
            elif (
                verb.dep_ == "acl" and verb.tag_ != "VBN"
            ):  # "youths resorting to ...": the noun acts
                refs = self._actors(verb.head, fallback=True)
                if refs or verb.head.dep_ != "dobj":
                    return refs
                verb = verb.head.head  # "staged demonstrations to demand": whoever staged them
            elif verb.dep_ in ("acomp", "amod") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            else:
                return self._misattached_speaker(verb)
        return []

    def _misattached_speaker(self, verb: Token) -> list[ActorRef]:
        """ "..., Patrick F. Kennedy, the undersecretary for management, wrote": a verb of saying
        with no subject, right after a named actor the parser hung on the clause before it (with
        its apposition); "Conway notes", with the name read as the verb's compound."""
        if self._verb_lemma(verb) not in self.patterns.speech:
            return []
        for child in verb.children:
            if child.dep_ == "compound" and child.i < verb.i and child.pos_ == "PROPN":
                return [r for r in self._actors(child) if r.known]
        end = verb.i - 1
        if end > verb.sent.start and self.tokens[end].is_punct:
            end -= 1
        node, speaker = self.tokens[end], None
        while node.head.i != node.i and node.head.i < verb.i and node.right_edge.i == end:
            if node.dep_ == "appos" and node.i in self.mention_at:
                speaker = node  # the name an apposition ("the undersecretary for ...") describes
            node = node.head
        return [r for r in self._actors(speaker) if r.known] if speaker is not None else []


def governing_verb(clause: Token) -> Token:
    """The verb a dependent clause hangs on, through a preposition ("after being warned") or a
    preposition the tagger reads as a conjunction ("since announcing")."""
    head = clause.head
    return head.head if head.pos_ in ("ADP", "SCONJ") else head


def misparsed_main_verb(verb: Token) -> Token | None:
    """ "Doctors from aid groups donated ...", parsed with "Doctors" as the root and "donated" as a
    participle: a sentence without a main verb (or whose verb has two subjects) whose
    finite-looking participle is the real one; its noun is the subject."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    node = verb if verb.dep_ != "conj" else verb.head
    if node.dep_ != "acl" or any(c.dep_ in ("auxpass", "agent", "aux") for c in node.children):
        return None
    root = sentence_of(verb).root
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    # "Palestinian youths resorted to ..., officials said": two subjects of "said", the first
    # of which has the sentence's real main verb as its participle
    noun = node.head
    if noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1:
        return noun
    return None


def perfect_read_as_passive(verb: Token) -> bool:
    """ "He's always denied it", "She's said ...": "'s" (has) read as a passive "is", which a
    verb with an object or a reported clause cannot be."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) and any(
        c.dep_ in ("dobj", "ccomp") for c in verb.children
    )


def _agentless(verb: Token) -> bool:
    """A passive with no "by" agent."""
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )
