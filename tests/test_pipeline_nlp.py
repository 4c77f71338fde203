"""What the stages read off the parse: a token's sentence."""

from __future__ import annotations

from eventwire import nlp
from eventwire.models import Article

TEXT = (
    "Kyiv Talks Resume\n\n"
    "Russian and Ukrainian officials met in Istanbul on Tuesday. They agreed to meet again, "
    'a spokesman said. "We are hopeful," he told reporters.\n\nNo date was set.'
)


def test_sentence_of_is_the_parse_sentence_of_every_token():
    (document,) = nlp.parse([Article(id="s", body=TEXT)])
    sentences = list(document.doc.sents)
    assert len(sentences) >= 5  # the headline and the paragraph break end sentences
    for token in document.doc:
        found = nlp.sentence_of(token)
        assert (found.start, found.end) == (token.sent.start, token.sent.end), token.text
