"""Typed results: every outcome of a check is one of these frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Verdict(str, Enum):
    """What the sources say about a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNMENTIONED = "unmentioned"

    def __str__(self) -> str:
        return self.value


class ConflictKind(str, Enum):
    """Which rule found that a claim and a source sentence disagree."""

    NUMBER = "number"
    DATE = "date"
    NEGATION = "negation"
    ANTONYM = "antonym"
    ENTITY = "entity"
    ROLE = "role"
    CATEGORY = "category"
    TERM = "term"
    DIRECTION = "direction"
    TALLY = "tally"
    FINDING = "finding"
    UNSETTLED = "unsettled"
    EXCLUSIVE = "exclusive"
    """An "only" the source does not confirm, or refutes by naming another beside it."""
    QUOTATION = "quotation"
    """A quotation that differs from the source's words."""
    SPEAKER = "speaker"
    """A quotation the source gives to someone else."""
    CERTAINTY = "certainty"
    """An act one side says is settled and the other that it is only being weighed."""

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source document, with where it stands in the file."""

    source: str
    """Path of the document, as given or relative to the sources root."""
    line: int
    """1-based line of the file on which the sentence starts."""
    start: int
    """Character offset of the sentence in the file's decoded text."""
    end: int
    """Character offset one past the sentence's end; ``text == file_text[start:end]``."""
    text: str
    """The sentence exactly as written in the file (never normalised)."""
    index: int = 0
    """Position of the sentence within its document (0-based)."""
    page: int | None = None
    """1-based page, for sources that have pages (PDF)."""

    def __reduce__(self) -> tuple:
        # Twice as fast to pickle as a dataclass's default: judgements made in worker
        # processes cross to the parent with their candidates' sentences.
        return (
            Sentence,
            (self.source, self.line, self.start, self.end, self.text, self.index, self.page),
        )


@dataclass(frozen=True)
class Claim:
    """A statement to check, and where it came from."""

    text: str
    id: str
    sources: tuple[str, ...] = ()
    """Restrict the check to these source documents (names relative to the sources root)."""
    label: str | None = None
    """The expected verdict, when the claim comes from a labelled set."""
    origin: str | None = None
    """File the claim was read from, if any."""
    line: int | None = None
    """1-based line of the claim in ``origin``."""
    column: int | None = None
    """1-based column of the claim in ``origin`` (claims drawn from drafts)."""
    end_line: int | None = None
    """Line of the claim's last character, for claims drawn from drafts."""
    end_column: int | None = None
    """Column just past the claim's last character, for claims drawn from drafts."""
    quoted: bool = False
    """The claim is itself a quotation (a draft's block quote): its words are checked verbatim."""


@dataclass(frozen=True)
class Citation:
    """A source sentence quoted as evidence for a verdict."""

    source: str
    line: int
    start: int
    end: int
    sentence: str
    score: float
    """How much of the claim this sentence covers, 0-100."""
    matched: tuple[str, ...] = ()
    """Words of the sentence that match words of the claim (for highlighting)."""
    page: int | None = None

    @classmethod
    def of(cls, sentence: Sentence, score: float, matched: tuple[str, ...] = ()) -> Citation:
        return cls(
            source=sentence.source,
            line=sentence.line,
            start=sentence.start,
            end=sentence.end,
            sentence=sentence.text,
            score=round(score, 1),
            matched=matched,
            page=sentence.page,
        )


@dataclass(frozen=True)
class Conflict:
    """The exact parts of a claim and a source sentence that disagree."""

    kind: ConflictKind
    claim_text: str
    source_text: str
    source: str = ""
    line: int = 0
    relation: str = ""
    """For a conflict in a relation or role: which one ("led by", "role of Ines Marlow")."""

    @property
    def title(self) -> str:
        """What the output names the conflict by: its relation, else its kind."""
        return self.relation or self.kind.value


@dataclass(frozen=True)
class Candidate:
    """A sentence (or two of one document) considered as evidence, and why."""

    sentences: tuple[Sentence, ...]
    retrieval_score: float
    coverage: float
    """Weighted share of the claim's content found in the sentences, 0-1."""
    missing: tuple[str, ...] = ()
    """Content words of the claim the sentences do not cover."""
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True)
class Part:
    """The verdict on one fact of a compound claim, or on one of its quotations."""

    text: str
    """The part as judged: a sentence of its own (its subject repeated where it shares one),
    or the quoted words."""
    start: int
    """Where the part's words begin in the claim's text."""
    end: int
    verdict: Verdict
    reason: str = ""
    citations: tuple[Citation, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    kind: str = "clause"
    """``clause`` (a fact of the claim) or ``quotation`` (quoted words, matched verbatim)."""
    confidence: float = 0.0
    """How likely the part's verdict is to be right, 0-1 (for a clause, as for a claim; a
    quotation's verdict is a word-for-word match and is rated with its claim's)."""


@dataclass(frozen=True)
class Judgement:
    """The verdict on one claim, with everything needed to explain it."""

    claim: Claim
    verdict: Verdict
    score: float
    """Coverage of the claim by the deciding evidence, 0-100."""
    citations: tuple[Citation, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    disputed: bool = False
    """The sources disagree with each other about this claim; both sides are cited."""
    reason: str = ""
    """One line saying which rule or threshold decided."""
    candidates: tuple[Candidate, ...] = field(default=(), compare=False)
    """Every sentence considered, best first (shown by ``--explain``)."""
    confidence: float = 0.0
    """How likely the verdict is to be right, 0-1 (``factcheck.judge.confidence``)."""
    parts: tuple[Part, ...] = ()
    """The verdicts on the claim's parts, when it joins several facts or quotes someone; the
    claim's verdict combines them (any contradicted, else any unmentioned, else supported)."""
    unconfirmed: tuple[str, ...] = ()
    """The claim's figures that no sentence found gives, which kept a close sentence from
    supporting it ("240" of "carrying 240 passengers")."""

    def below(self, min_confidence: float) -> bool:
        """A contradiction less confident than ``min_confidence``: reported, but not failing."""
        return self.verdict is Verdict.CONTRADICTED and self.confidence < min_confidence


@dataclass(frozen=True)
class Report:
    """The judgements of one run, in the order the claims were given."""

    judgements: tuple[Judgement, ...]
    min_confidence: float = 0.0
    """Contradictions less confident than this are reported but do not fail the run."""

    def is_below(self, judgement: Judgement) -> bool:
        return judgement.below(self.min_confidence)

    def below_bar(self) -> int:
        """How many contradictions are under the ``min_confidence`` bar."""
        return sum(1 for j in self.judgements if self.is_below(j))

    def count(self, verdict: Verdict) -> int:
        return sum(1 for j in self.judgements if j.verdict is verdict)

    @property
    def counts(self) -> dict[Verdict, int]:
        return {v: self.count(v) for v in Verdict}
