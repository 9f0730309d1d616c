"""Speakers: what the sentence reports one person saying, the claim gives to another.

"Ivo Stannard told the meeting that the ferry would run all winter" is refuted by "Mara Ostby said
the ferry would run all winter" when the sentence names Mara Ostby as the speaker by a
reporting verb ("said", "told", "warned", "according to ..."), never names Ivo Stannard, and
reports most of what the claim says was said. Two people may say one thing, so the sentence
must not name the claim's speaker at all; a sentence that reports something else, or that names
no speaker, says nothing of who said it.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.lexicon import REPORTING_VERBS, SPEECH_VERBS, TITLES
from ...language.quotes import same_speaker, speaker_of
from ...language.text import Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule

EXAMPLES = (
    Example(
        "Ivo Stannard told the meeting that the Vell ferry would run all winter.",
        "Harbour master Mara Ostby said the Vell ferry would run all winter.",
        True,
    ),
    Example(
        "According to Ivo Stannard, the Vell ferry will run all winter.",
        "The Vell ferry will run all winter, said Mara Ostby.",
        True,
    ),
    # An aside between the speaker and the verb, and a verb of complaint.
    Example(
        "Ivo Stannard, who chairs the harbour trust, complained that the Vell ferry was always"
        " late.",
        '"The Vell ferry is always late," said Mara Ostby, the trust\'s treasurer.',
        True,
    ),
    # The same speaker by surname, or another thing said.
    Example(
        "Mr Stannard said the Vell ferry would run all winter.",
        "Ivo Stannard said the Vell ferry would run all winter.",
        False,
    ),
    Example(
        "Ivo Stannard said the Vell ferry would run all winter.",
        "Mara Ostby said the Vell ferry timetable had not yet been agreed.",
        False,
    ),
    # Both may have said it: the sentence names the claim's speaker too.
    Example(
        "Ivo Stannard said the Vell ferry would run all winter.",
        "Mara Ostby, speaking after Ivo Stannard, said the Vell ferry would run all winter.",
        False,
    ),
    # A speaker known by a role, and a title both sides share that names nobody.
    Example(
        "Councillor Ivo Stannard said the Vell ferry would run all winter.",
        "A Vell Ferries spokesperson said the Vell ferry would run all winter, councillors heard.",
        True,
    ),
    Example(
        "Vell Ferries said the Vell ferry would run all winter.",
        "A Vell Ferries spokesperson said the Vell ferry would run all winter.",
        False,
    ),
    # A group may speak through one of its people.
    Example(
        "Rescuers said the Vell ferry had drifted for an hour.",
        "Watch officer Mara Ostby said the Vell ferry had drifted for an hour.",
        False,
    ),
    Example(
        "Rescuers said the Vell ferry had drifted for an hour.",
        "Fishermen said the Vell ferry had drifted for an hour.",
        True,
    ),
    # No speaker named: nothing said of who said it.
    Example(
        "Ivo Stannard said the Vell ferry would run all winter.",
        "The Vell ferry will run all winter.",
        False,
    ),
)

SAME_SAID = 0.5
"""The share of the claim's words of what was said (all but the speaker and the reporting
verb) that the sentence must say more than, for the two to report one statement: half of them
is often just the subject both speak of."""

_ASIDE = 12
"""Words an aside between a speaker and the verb may run to ("X, the club's head coach, said")."""

_REPORTING = frozenset(w.lower() for w in (*REPORTING_VERBS, *SPEECH_VERBS)) | {"according"}


def _what_was_said(claim: Analysed, speaker: tuple[int, int]) -> list[Token]:
    """The claim's content words of what was said: after the reporting verb that follows the
    speaker (at ``speaker``; "X told the meeting that ..." from past "that"), or before the
    speaker when it comes last ("..., said X")."""
    tokens = claim.tokens
    first = sum(1 for t in tokens if t.start < speaker[0])  # the name's first token
    past = sum(1 for t in tokens if t.start < speaker[1])  # the token after it
    # "X, who leads the group, told ...": the verb comes after what is set off by commas.
    aside = claim.aside_end(past, _ASIDE)
    if aside is not None and aside < len(tokens):
        past = aside
    if first >= 2 and [t.lower for t in tokens[first - 2 : first]] == ["according", "to"]:
        words = tokens[past:]
    else:
        verb = next(
            (i for i in range(past, min(past + 3, len(tokens))) if tokens[i].lower in _REPORTING),
            None,
        )
        if verb is None:
            words = tokens[:first]
        else:
            # "told the meeting that ...": what was said starts past "that".
            that = next(
                (
                    i
                    for i in range(verb + 1, min(verb + 6, len(tokens)))
                    if tokens[i].lower == "that"
                ),
                verb,
            )
            words = tokens[that + 1 :]
    content = claim.content_set
    return [t for t in words if t in content and t.lower not in _REPORTING]


def _a_group(text: str, speaker: str) -> bool:
    """A speaker that is a group named by a common noun, capitalised only as the sentence's
    first word ("Prosecutors said", "Police said"), not a person."""
    return (
        text.startswith(speaker)
        and " " not in speaker
        and (speaker.lower().endswith(_GROUP_ENDINGS) or speaker.lower() in _GROUP_NOUNS)
    )


# Plurals of people by what they do or are ("prosecutors", "residents", "officials", "critics",
# "fishermen"); a surname alone ("Jones said", "Evans said") ends otherwise, mostly.
_GROUP_ENDINGS = (
    *("ers", "ors", "ists", "ents", "ants", "als", "ics", "ians", "ees", "ives", "ions"),
    *("men", "people"),
)
_GROUP_NOUNS = frozenset({"police", "staff", "management", "government", "mps"})


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    theirs = speaker_of(evidence.text)
    if theirs is None:
        return []
    ours = speaker_of(claim.text)
    if ours is None or same_speaker(ours, theirs):
        return []
    # A group and a person: the person may speak for the group.
    if _a_group(claim.text, ours) != _a_group(evidence.text, theirs):
        return []
    at = claim.text.find(ours)
    if at < 0:
        return []
    span = (at, at + len(ours))
    # The speaker's name, not a title before it ("Councillor" is no name of anyone).
    named = [
        t
        for t in claim.content
        if span[0] <= t.start < span[1] and t.capitalised and t.lower not in TITLES
    ]
    # A name is named by a name: "Dora Lane" is not named by "the lane".
    names = {t.stem for t in evidence.tokens if t.capitalised}
    if any(t.stem in names for t in named):
        return []  # the sentence names the claim's speaker too
    if not reports_what_was_said(claim, span, evidence):
        return []
    return [Finding(ConflictKind.SPEAKER, span, ours, theirs, relation="said by")]


def reports_what_was_said(claim: Analysed, speaker: tuple[int, int], evidence: Analysed) -> bool:
    """Whether the evidence says most of what the claim reports the speaker at ``speaker``
    saying."""
    said = _what_was_said(claim, speaker)
    return bool(said) and sum(evidence.has_word(t) for t in said) > SAME_SAID * len(said)


RULE = Rule("speakers", ConflictKind.SPEAKER, find, EXAMPLES, order=4)
