"""Claims files: plain text, JSONL and CSV, and the errors they can have."""

from __future__ import annotations

import pytest

from factcheck.errors import InputError
from factcheck.ingest.claims import parse_claims, read_claims


def test_text_skips_blank_lines_and_comments_and_keeps_line_numbers():
    claims = parse_claims("c.txt", "# header\n\nFirst claim.\n  Second claim.  \n")
    assert [(c.id, c.text, c.line) for c in claims] == [
        ("3", "First claim.", 3),
        ("4", "Second claim.", 4),
    ]


def test_jsonl_keeps_ids_sources_and_labels():
    text = '{"id": "a", "claim": "X won.", "sources": ["x.txt"], "label": "supported"}\n\n{"claim": "Y"}\n'
    a, b = parse_claims("c.jsonl", text)
    assert (a.id, a.sources, a.label) == ("a", ("x.txt",), "supported")
    assert (b.id, b.line) == ("3", 3)


def test_csv_needs_a_claim_column():
    claims = parse_claims("c.csv", "id,claim\nk1,Some claim\n,Other claim\n")
    assert [(c.id, c.text) for c in claims] == [("k1", "Some claim"), ("3", "Other claim")]
    with pytest.raises(InputError, match=r"c.csv:1: no 'claim' column"):
        parse_claims("c.csv", "id,text\n1,x\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"claim": "ok"}\n{"claim": \n', r"c.jsonl:2: invalid JSON"),
        ('{"claim": "ok"}\n["x"]\n', r"c.jsonl:2: each line must be a JSON object"),
        ('{"text": "x"}\n', r"c.jsonl:1: missing the 'claim' field"),
        ('{"claim": "   "}\n', r"c.jsonl:1: the claim is empty"),
        ('{"claim": "x", "sources": "a.txt"}\n', r"c.jsonl:1: 'sources' must be a list"),
        ('{"claim": "' + "x" * 20_000 + '"}\n', r"c.jsonl:1: the claim is 20,000 characters long"),
    ],
)
def test_jsonl_errors_name_file_and_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_claims("c.jsonl", text)


def test_a_folder_is_not_a_claims_file(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_claims(tmp_path)


@pytest.mark.parametrize(
    ("name", "line", "bad"),
    [
        ("many.txt", "The ferry to Osk sails at {n} o'clock.\n", "x" * 100_000 + "\n"),
        ("many.jsonl", '{{"claim": "The ferry to Osk sails at {n} o\'clock."}}\n', "{oops\n"),
        ("many.csv", '"The ferry to Osk sails at {n} o\'clock."\n', '""\n'),
    ],
)
def test_a_claims_file_is_parsed_as_its_claims_are_asked_for(tmp_path, name, line, bad):
    """A file's claims are never all held at once, whatever its size: the first comes before a
    bad line near the end is even read."""
    from factcheck.ingest.claims import iter_claims

    path = tmp_path / name
    head = "claim\n" if name.endswith(".csv") else ""
    path.write_text(head + "".join(line.format(n=n) for n in range(2_000)) + bad)
    claims = iter_claims(path)
    first = next(claims)
    assert first.text == "The ferry to Osk sails at 0 o'clock."
    with pytest.raises(InputError, match=r":200[12]: "):
        list(claims)


def test_line_breaks_of_every_kind_end_a_claim():
    claims = parse_claims("c.txt", "First claim.\r\nSecond claim.\rThird claim.\n")
    assert [(c.text, c.line) for c in claims] == [
        ("First claim.", 1),
        ("Second claim.", 2),
        ("Third claim.", 3),
    ]
