"""Names, places, organisations and titles: another one in the claim's slot.

The claim and the evidence are aligned word by word; where the claim has a capitalised name the
evidence does not contain, and the evidence has a different capitalised name at the same place
("mediated by Iran" vs "mediated by Turkey"), that is an entity conflict. When the differing
words are titles or offices ("Defense Minister" vs "Foreign Minister"), it is a role conflict.
"""

from __future__ import annotations

from ...language.analysis import Analysed, per_text
from ...language.lexicon import RELATION_PREPOSITIONS, TITLE_SHORT_FORMS, TITLES
from ...language.relations import filler_spans
from ...language.text import Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import (
    SAME_EVENT,
    aligned,
    clause_end,
    dated_apart,
    local_coverage,
    said_in,
    subject_stated,
    unsaid,
)

EXAMPLES = (
    # Fillers of a relation or a role both sides state are the relations rule's to judge.
    Example("The film was directed by Ana Brisk.", "The film was directed by Ola Brisk.", False),
    Example(
        "Defense Minister Khalid Omar will lead the delegation.",
        "Foreign Minister Khalid Omar will lead the delegation.",
        False,
    ),
    Example(
        "The festival moved to Oslo last year.", "The festival moved to Bergen last year.", True
    ),
    Example(
        "The merger was negotiated by Varnholt and Osterby.",
        "The merger was negotiated by Osterby and Varnholt.",
        False,
    ),
    Example(
        "The regatta was held in Kesselwick.",
        "The regatta, hosted by the Marrow Yacht Club, was held in Kesselwick.",
        False,
    ),
    Example("The fair was held in Lindhaven.", "Traders met in Corvale.", False),
    Example(
        "Harbour Lights is a song by Mira Tolland.",
        "Harbour Lights is a song by Ostland folk singer Jonas Brell.",
        True,
    ),
    Example(
        "tomas UNK has been charged with three counts of theft .",
        "Tomas Velikov has been charged with three counts of theft.",
        False,
    ),
    Example("Lena Marsh, from Dorley, was fined.", "Ms Marsh, from Dorley, was fined.", False),
    Example(
        "Loss of the gene raises KRT9 levels in the kidney.",
        "Loss of the gene raises Rat levels in the kidney.",
        False,
    ),
    Example("The team plays in Group B4.", "The team plays in Group C2.", True),
    # One of a list that names only some: shown, but it does not decide (test_oppositions).
    Example(
        "The app sells well in Peru.",
        "Markets where the app sells well include Chile, Bolivia and Ecuador.",
        True,
    ),
    Example(
        "IRON LEVELS MAY AFFECT FLU RECOVERY TIMES",
        "Iron levels may affect FLU outcomes such as fatigue.",
        False,
    ),
)

_MAX_SLOT = 4
_MAX_FINAL_SLOT = 8


@per_text
def _shouting(analysed: Analysed) -> bool:
    """Written in capitals throughout ("VITAMIN D LEVELS MAY IMPACT MORTALITY"): capitals
    mark no names there."""
    words = [t for t in analysed.tokens if t.lower.isalpha() and len(t.lower) > 2]
    return len(words) >= 3 and all(t.surface.isupper() for t in words)


def _is_name(token: Token, index: int, analysed: Analysed) -> bool:
    if not token.capitalised or token.is_stop or token.is_number or _shouting(analysed):
        return False
    if any(m.start <= token.start < m.end for m in (*analysed.dates, *analysed.numbers)):
        return False  # dates and numbers have rules of their own
    # The first word of a sentence is capitalised anyway: count it only as part of a longer name
    # ("Defense Minister Asif ..."), since a lone first word is usually a common one ("Talks").
    if index == 0:
        following = analysed.tokens[1] if len(analysed.tokens) > 1 else None
        return following is not None and following.capitalised and not following.is_stop
    return True


def _coded(tokens: list[Token]) -> bool:
    """Whether a name has a code in it: a gene, a model, a format ("SREBP2", "L1", "T20")."""
    return any(c.isdigit() for t in tokens for c in t.surface)


@per_text
def _names(analysed: Analysed) -> frozenset[int]:
    """Indices of the tokens that are names."""
    return frozenset(
        i for i, t in enumerate(analysed.tokens) if t.capitalised and _is_name(t, i, analysed)
    )


def _unsaid_name(side: Analysed, other: Analysed) -> bool:
    return any(not other.has_word(side.tokens[i]) for i in _names(side))


def _without_shared_title(
    ours: list[Token], theirs: list[Token]
) -> tuple[list[Token], list[Token]]:
    """Both sides less a title one says in full and the other by its short form ("Councillor
    Ann Pell" / "Cllr Pell"): one title, not two names."""
    full = {TITLE_SHORT_FORMS.get(t.lower, t.lower) for t in ours} & {
        TITLE_SHORT_FORMS.get(t.lower, t.lower) for t in theirs
    }
    shared = {title for title in full if title in TITLES}
    if not shared:
        return ours, theirs

    def kept(tokens: list[Token]) -> list[Token]:
        return [t for t in tokens if TITLE_SHORT_FORMS.get(t.lower, t.lower) not in shared]

    return kept(ours), kept(theirs)


def _abbreviates(ours: list[Token], theirs: list[Token]) -> bool:
    """One side shortens the other: "UK" / "United Kingdom", "B" / "Bakari"."""
    for short, full in ((ours, theirs), (theirs, ours)):
        letters = "".join(t.surface for t in short)
        initials = "".join(t.surface[0] for t in full)
        if letters.isupper() and letters == initials:
            return True
        if len(short) == 1 and len(letters) == 1 and letters == full[0].surface[:1]:
            return True
    return False


_INCLUDING = frozenset({"include", "includes", "included", "including", "among", "like"})
"""Words that open a list of some of its members, not all: "markets include A, B and C"."""


def _some_of_a_list(analysed: Analysed, names: list[Token]) -> bool:
    """Whether ``names`` are a member of a list that names only some of its members
    ("popular markets include Iraq, Libya and Peru", "cities such as Lyon and Turin"): another
    member in the same place is no rival."""
    tokens = analysed.tokens
    i = tokens.index(names[0]) - 1
    # Back over the members before this one ("Iraq, Libya and") to the word opening the list.
    while i >= 0 and (tokens[i].capitalised or tokens[i].lower in ("and", "or")):
        i -= 1
    if i < 0:
        return False
    word = tokens[i].lower
    return word in _INCLUDING or (word == "as" and i > 0 and tokens[i - 1].lower == "such")


def _judged_by_relations(claim: Analysed, evidence: Analysed, ours: list[Token]) -> bool:
    spans = filler_spans(claim, evidence)
    return any(a <= t.start < b for t in ours for a, b in spans)


def _apposition(analysed: Analysed, name: list[Token]) -> list[Token]:
    """The content words set off by commas right after a name ("Ada Vell, the club's head
    coach, said"): what the sentence says the named one is."""
    tokens = analysed.tokens
    after = tokens.index(name[-1]) + 1
    end = analysed.aside_end(after, _MAX_APPOSITION)
    if end is None or tokens[after].lower in _ONE_OF_MANY:
        return []  # "Ada Vell, a director of the mill,": one of several who hold that post
    return [t for t in tokens[after:end] if not t.is_stop]


_MAX_APPOSITION = 6
_ONE_OF_MANY = frozenset({"a", "an", "one", "another", "among"})


def _same_role(claim: Analysed, ours: list[Token], evidence: Analysed, theirs: list[Token]) -> bool:
    """Both names are set off by the same role, of the same holder of it ("Ada Vell, the
    mill's head brewer," / "Bo Rusk, the mill's head brewer,"): one post, two names for who
    holds it, which decides even when the name is the claim's subject."""
    mine, other = _apposition(claim, ours), _apposition(evidence, theirs)
    return any(t.lower in TITLES for t in mine) and all(said_in(t, other) for t in mine)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    if not claim.tokens or not evidence.tokens:
        return []
    # Each side must have a name the other does not say; most candidates have none, and then
    # there is no need to align them.
    if not _unsaid_name(claim, evidence) or not _unsaid_name(evidence, claim):
        return []
    claim_names, evidence_names = _names(claim), _names(evidence)
    findings = []
    opcodes = aligned(claim, evidence)
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op != "replace":
            continue
        # A slot ends at punctuation: "Minister of Transport, flew to Ostland" -> "Transport".
        i2, j2 = clause_end(claim, i1, i2), clause_end(evidence, j1, j2)
        # The claim's last words, after a relation word both share ("directed by X", "born
        # in X"): the evidence may say more about its X ("by American singer Jonas Brell").
        claim_final = i2 == len(claim.tokens) and n > 0 and opcodes[n - 1][0] == "equal"
        if i2 - i1 > _MAX_SLOT or j2 - j1 > (_MAX_FINAL_SLOT if claim_final else _MAX_SLOT):
            continue
        ours = unsaid(claim, evidence, range(i1, i2), lambda i, _: i in claim_names)
        theirs = unsaid(evidence, claim, range(j1, j2), lambda j, _: j in evidence_names)
        ours, theirs = _without_shared_title(ours, theirs)
        if not ours or not theirs or _abbreviates(ours, theirs):
            continue
        if _judged_by_relations(claim, evidence, ours):
            continue  # a filler of a relation or role both state: the relations rule judges it
        if _coded(ours) != _coded(theirs):
            continue  # a code ("SREBP2", "T20") and a word name ("Mice") are not rivals
        # A slot is only comparable when meaningful words next to it agree on both sides.
        neighbours = [opcodes[k] for k in (n - 1, n + 1) if 0 <= k < len(opcodes)]
        anchored = (
            claim_final
            and claim.tokens[opcodes[n - 1][2] - 1].lower in RELATION_PREPOSITIONS
            and i1 >= 2
            and evidence.has_word(claim.tokens[i1 - 2])  # "song by", "born in": the relation agrees
        )
        anchored = anchored or any(
            o[0] == "equal" and any(not claim.tokens[i].is_stop for i in range(o[1], o[2]))
            for o in neighbours
        )
        if not anchored:
            continue
        is_role = all(t.lower in TITLES for t in ours + theirs)
        kind = ConflictKind.ROLE if is_role else ConflictKind.ENTITY
        claim_span = (ours[0].start, ours[-1].end)
        evidence_span = (theirs[0].start, theirs[-1].end)
        findings.append(
            Finding(
                kind,
                claim_span,
                claim.text[slice(*claim_span)],
                evidence.text[slice(*evidence_span)],
                # Decides only in the same slot of the same event: the evidence is about the
                # claim's subject and says the words around the name around its own.
                deciding=not _some_of_a_list(evidence, theirs)
                and (subject_stated(claim, evidence) or _same_role(claim, ours, evidence, theirs))
                and local_coverage(claim, claim_span, evidence, evidence_span) >= SAME_EVENT
                and not dated_apart(claim, evidence),
            )
        )
    return findings


RULE = Rule("entities", ConflictKind.ENTITY, find, EXAMPLES, order=5)
