"""Draw checkable claims from a drafted article (Markdown or plain text), with line and column.

Markdown is parsed with markdown-it-py: only paragraphs (and list items) are prose. Front
matter, headings, code, HTML, tables, link targets and image text are never claims; block
quotes and questions are not claims unless asked for. Sentences with nothing checkable (no
name, number or date, or an opinion, a hedge, a transition) are skipped and counted.

Suppression inside the draft, as prose linters do:
``<!-- factcheck-disable-next-line -->`` skips the next line, and ``<!-- factcheck off -->`` /
``<!-- factcheck on -->`` skip a passage.
"""

from __future__ import annotations

import bisect
import re
import stat
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, working_on
from ..language.analysis import analyse
from ..language.lexicon import OPINION_MARKERS, PREDICTION_MARKERS, RHETORICAL_OPENERS
from ..language.text import plain
from ..models import Claim
from .claims import MAX_CLAIM_CHARS
from .formats import not_regular, read_text_file
from .markup import mask_markdown
from .segment import split_sentences

_DISABLE_NEXT = re.compile(r"<!--\s*factcheck-disable-next-line\s*-->")
_OFF = re.compile(r"<!--\s*factcheck\s+off\s*-->")
_ON = re.compile(r"<!--\s*factcheck\s+on\s*-->")
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\n.*?\n(?:---|\+\+\+)\n", re.S)
# What the author thinks, advises or forecasts, and hedged statements: nothing there a source
# could confirm. Checked in this order; the first kind that matches names the skip.
_KINDS = (
    ("prediction", re.compile("|".join(PREDICTION_MARKERS), re.I)),
    ("opinion", re.compile("|".join(OPINION_MARKERS), re.I)),
    (
        "hedge",
        re.compile(
            r"\b(?:perhaps|maybe|arguably|hopefully|apparently|presumably|supposedly)\b"
            # Modal verbs in lower case only: "May 3" is a date.
            r"|\b(?-i:might|may|could|would)\b",
            re.I,
        ),
    ),
)
_RHETORICAL = re.compile("|".join(RHETORICAL_OPENERS), re.I)
SKIP_KINDS = (
    "question",
    "rhetorical question",
    "opinion",
    "prediction",
    "hedge",
    "nothing checkable",
)
"""Why a sentence of a draft is not checked, in the order the summary lists them."""
MIN_WORDS = 4
DEFAULT_INCLUDE = ("**/*.md", "**/*.markdown", "**/*.txt")
"""The drafts ``factcheck article FOLDER`` checks when the configuration names none."""
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?)])")


@dataclass(frozen=True)
class Draft:
    """The claims drawn from one draft, and how many sentences were passed over and why."""

    path: str
    claims: tuple[Claim, ...]
    skipped: int
    """Prose sentences with nothing checkable in them."""
    suppressed: int
    """Sentences inside factcheck-disable comments."""
    excluded: int = 0
    """Sentences outside the lines asked for (``--diff``)."""
    skipped_kinds: tuple[tuple[str, int], ...] = ()
    """How many sentences were skipped for each reason (``SKIP_KINDS``), those with any."""
    too_long: tuple[int, ...] = ()
    """Lines of sentences longer than a claim may be (``MAX_CLAIM_CHARS``), not checked."""


def _suppressed_lines(lines: list[str]) -> set[int]:
    suppressed: set[int] = set()
    off = False
    pending = False
    for number, line in enumerate(lines, start=1):
        if _OFF.search(line):
            off = True
        if off:
            suppressed.add(number)
        if _ON.search(line):
            off = False
        if pending and line.strip():
            suppressed.add(number)
            pending = False
        if _DISABLE_NEXT.search(line):
            pending = True
    return suppressed


def _markdown_regions(text: str, include_quotes: bool) -> list[tuple[int, int, bool]]:
    """(first line, last line + 1, in a block quote), 0-based, of every prose paragraph."""
    from markdown_it import MarkdownIt

    # Blocks only: their lines are all that is used, and the inline rules (links, emphasis)
    # are not linear in the length of a paragraph.
    tokens = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"]).parse(text)
    regions = []
    quote_depth = 0
    for token in tokens:
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "paragraph_open" and token.map and (include_quotes or not quote_depth):
            regions.append((token.map[0], token.map[1], quote_depth > 0))
    return regions


def _text_regions(lines: list[str]) -> list[tuple[int, int, bool]]:
    regions, start = [], None
    for n, line in enumerate(lines):
        if line.strip() and start is None:
            start = n
        elif not line.strip() and start is not None:
            regions.append((start, n, False))
            start = None
    if start is not None:
        regions.append((start, len(lines), False))
    return regions


def skip_reason(sentence: str, include_questions: bool = False) -> str | None:
    """Why a sentence states nothing a source could confirm or refute (one of
    ``SKIP_KINDS``), or None when it does."""
    sentence = plain(sentence)  # curly apostrophes and quotes read as plain ones
    if sentence.rstrip().endswith("?"):
        # A question asked for effect implies its answer; it is no question to check either.
        if _RHETORICAL.search(sentence.lstrip(" \"'“‘*_")):
            return "rhetorical question"
        if not include_questions:
            return "question"
    for kind, pattern in _KINDS:
        if pattern.search(sentence):
            return kind
    if len(sentence.split()) < MIN_WORDS:
        return "nothing checkable"
    analysed = analyse(sentence)
    if analysed.numbers or analysed.dates:
        return None
    names = [t for t in analysed.content[1:] if t.capitalised]
    return None if names or len(analysed.content) >= 6 else "nothing checkable"


def checkable(sentence: str, include_questions: bool = False) -> bool:
    """Whether a sentence states something a source could confirm or refute."""
    return skip_reason(sentence, include_questions) is None


def parse_draft(
    name: str,
    text: str,
    markdown: bool = True,
    include_quotes: bool = False,
    include_questions: bool = False,
    only_lines: set[int] | None = None,
) -> Draft:
    """Claims of a draft already read into ``text``; ``only_lines`` keeps sentences on those lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown:
        # Front matter is blanked (not removed) so that line numbers stay those of the file.
        text_for_parse = _FRONT_MATTER.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
        masked = mask_markdown(text_for_parse, keep_code=False)
        regions = _markdown_regions(text_for_parse, include_quotes)
    else:
        masked = text
    lines = text.split("\n")
    if not markdown:
        regions = _text_regions(lines)
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    suppressed_lines = _suppressed_lines(lines)
    claims: list[Claim] = []
    skipped = suppressed = excluded = 0
    kinds: dict[str, int] = {}
    too_long: list[int] = []
    for first, last, quoted in regions:
        a0 = line_starts[first]
        b0 = line_starts[last - 1] + len(lines[last - 1])
        for a, b in split_sentences(masked[a0:b0]):
            start, end = a0 + a, a0 + b
            # Blanked markup leaves gaps: "on [May 6](url)." reads "on May 6 ." until closed up.
            sentence = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(masked[start:end].split()))
            line = bisect.bisect_right(line_starts, start)
            if line in suppressed_lines:
                suppressed += 1
                continue
            if (
                only_lines is not None
                and not set(range(line, bisect.bisect_right(line_starts, end - 1) + 1)) & only_lines
            ):
                excluded += 1
                continue
            if len(sentence) > MAX_CLAIM_CHARS:
                # Comparing such a "sentence" (a table, a pasted log) word by word with its
                # candidates costs time in its square: reported, not checked.
                too_long.append(line)
                continue
            why = skip_reason(sentence, include_questions)
            if why is not None:
                skipped += 1
                kinds[why] = kinds.get(why, 0) + 1
                continue
            end_line = bisect.bisect_right(line_starts, end - 1)
            claims.append(
                Claim(
                    sentence,
                    id=f"{name}:{line}:{start - line_starts[line - 1] + 1}",
                    origin=name,
                    line=line,
                    column=start - line_starts[line - 1] + 1,
                    end_line=end_line,
                    end_column=end - line_starts[end_line - 1] + 1,
                    quoted=quoted,
                )
            )
    counted = tuple((kind, kinds[kind]) for kind in SKIP_KINDS if kind in kinds)
    return Draft(name, tuple(claims), skipped, suppressed, excluded, counted, tuple(too_long))


def read_draft(
    path: str | Path,
    include_quotes: bool = False,
    include_questions: bool = False,
    only_lines: set[int] | None = None,
) -> Draft:
    """Read a draft file (.md/.markdown as Markdown, anything else as plain text)."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a folder; give draft files, or a folder with include globs")
    with working_on(f"reading the draft {path}"):
        text = read_text_file(path)
        markdown = path.suffix.lower() in {".md", ".markdown"}
        return parse_draft(str(path), text, markdown, include_quotes, include_questions, only_lines)


def changed_lines(path: str | Path, revision: str) -> set[int]:
    """Lines of ``path`` added or changed since git ``revision`` (all lines of a new file)."""
    path = Path(path)
    where = path.parent if str(path.parent) else Path(".")

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        # Quoted paths, colour, external diff tools and text conversions, whether set in the
        # user's configuration or the repository's attributes, would change what is read.
        command = ["git", "-c", "core.quotepath=off", *args]
        try:
            return subprocess.run(
                command,
                cwd=where,
                capture_output=True,
                text=True,
                timeout=120,
                encoding="utf-8",
                errors="surrogateescape",
                stdin=subprocess.DEVNULL,
            )
        except FileNotFoundError:
            raise InputError(path, "--diff needs git, which is not installed") from None
        except (OSError, subprocess.TimeoutExpired) as error:
            raise InputError(path, f"--diff: git could not be run ({error})") from None

    if git("rev-parse", "--is-inside-work-tree").returncode != 0:
        raise InputError(path, "--diff works only inside a git repository")
    if git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise InputError(None, f"--diff: unknown git revision {revision!r}")
    if git("cat-file", "-e", f"{revision}:./{path.name}").returncode != 0:
        return set(range(1, len(read_text_file(path).split("\n")) + 1))
    diff = git(
        "diff",
        "--text",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "-U0",
        revision,
        "--",
        path.name,
    )
    if diff.returncode != 0:
        message = " ".join(diff.stderr.split()) or f"exit status {diff.returncode}"
        raise InputError(path, f"--diff: git diff failed: {message}")
    lines: set[int] = set()
    for m in re.finditer(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", diff.stdout, re.M):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def find_drafts(
    paths: Iterable[str],
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    warn: Callable[[str], None] | None = None,
) -> list[Path]:
    """Draft files named directly, or found in folders by ``include`` globs (default Markdown
    and text), minus ``exclude`` globs. A file found in a folder that is not a regular file (a
    pipe, a device, a broken link) is skipped with a warning naming it: a draft is never left
    unchecked unsaid."""
    found: list[Path] = []
    for spec in paths:
        path = Path(spec)
        if path.is_dir():
            patterns = include or DEFAULT_INCLUDE
            for pattern in patterns:
                for match in sorted(path.glob(pattern)):
                    if any(match.match(x) for x in exclude):
                        continue
                    problem = _not_a_draft(match)
                    if problem is None:
                        found.append(match)
                    elif problem and warn:
                        warn(f"{match}: skipped ({problem})")
        elif path.is_file() or path.exists():
            found.append(path)  # reading it says what else it is (a pipe, a device)
        else:
            raise InputError(spec, "no such file or folder")
    kept = [p for p in dict.fromkeys(found) if not any(p.match(x) for x in exclude)]
    if not kept:
        raise InputError(", ".join(paths), "no draft files to check")
    return kept


def _not_a_draft(path: Path) -> str | None:
    """Why a file a glob found is not read as a draft (empty for a folder, passed over
    silently); ``None`` for a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "a broken or looping symbolic link"
    if stat.S_ISDIR(mode):
        return ""
    kind = not_regular(mode)
    return f"{kind}, not a regular file" if kind else None


def suppressed_lines(lines: list[str]) -> set[int]:
    """1-based numbers of the lines inside factcheck-disable comments (the HTML report greys them)."""
    return _suppressed_lines(lines)


def skipped_by_kind(drafts: Sequence[Draft]) -> dict[str, int]:
    """Sentences skipped in all drafts, by why (opinion, prediction, question ...)."""
    total: dict[str, int] = {}
    for draft in drafts:
        for kind, n in draft.skipped_kinds:
            total[kind] = total.get(kind, 0) + n
    return {kind: total[kind] for kind in SKIP_KINDS if kind in total}
