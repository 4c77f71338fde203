"""The rule coder's prior confidences, named in one place.

They rank the coder's readings against each other (the best reading of a trigger wins) and
are one feature, ``prior``, of the trained confidence model (``events/confidence.py``), whose
probability is ``Event.confidence``. Factors multiply a frame's base confidence.
"""

VERB_FRAME = 0.9  # a verb pattern's default (a frame may set its own)
NOUN_FRAME = 0.75  # a nominal event's default: nouns are more often background than news
SPEECH_ACT = 0.8  # "X said ...", "X declined to comment": the statement itself
REPORTED_DEMAND = 0.8  # "X said Y must V": X's demand on Y
IMPLICIT_DOER = 0.7  # "was arrested": police or judiciary of the place, not named in the text

REPORTED_FACTOR = 0.95  # an act known only from someone's report
CLAUSE_DEPTH_FACTOR = 0.94  # per step below its clause's root: deeper is less likely the news
PURPOSE_FACTOR = 0.85  # "staged protests to demand reforms": the purpose is secondary news
IMPORTED_FRAME = (
    0.7  # a frame converted from PETRARCH-2 (written for other parses; ranks below ours)
)

# An event in a document of at least UNPLACED_MIN_SENTENCES sentences that places no actor in
# any country (game lore, fiction, a how-to page: no headline, dateline, place or known name ties
# it to the world) is told of no place we know. The trained confidence, learnt on news, does not
# hold there; the event is still given. (A sentence or two alone may simply not name a place.)
UNPLACED_DOCUMENT_CEILING = 0.2
UNPLACED_MIN_SENTENCES = 5

# An event of force (``genres.roots`` in patterns.yaml) in a document of sport or fiction
# (``events/genres.py``): its words of force are a match's or a story's, rarely news; the event is
# still given.
GENRE_CEILING = 0.2
GENRE_SHARE = 0.01  # the genre's cue words are at least this share of the document's words,
GENRE_MIN_CUES = 5  # at least this many of them,
GENRE_MIN_DISTINCT = 3  # and this many different ones
