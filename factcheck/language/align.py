"""Two sequences aligned element by element: difflib's opcodes, worked out faster.

``opcodes(a, b)`` equals ``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``.
It is the same algorithm: the longest block the two have in common (the earliest in ``a``, then
in ``b``, among equally long ones), then the same on each side of it; without what aligning
words never uses (junk elements, ``Match`` tuples, a matcher object), which made up a third of
the cost of aligning two sentences.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

Opcode = tuple[str, int, int, int, int]


def _longest(
    a: Sequence[Hashable], b2j: dict[Hashable, list[int]], alo: int, ahi: int, blo: int, bhi: int
) -> tuple[int, int, int]:
    """The longest block ``a[i:i+k] == b[j:j+k]`` within the bounds, as ``(i, j, k)``. (Without
    junk, difflib's extension of the block found at either end never extends it.)"""
    besti, bestj, bestsize = alo, blo, 0
    # Length of the common run ending at a[i - 1] and b[j], by j.
    j2len: dict[int, int] = {}
    nothing: list[int] = []
    for i in range(alo, ahi):
        get = j2len.get
        new: dict[int, int] = {}
        for j in b2j.get(a[i], nothing):
            if j < blo:
                continue
            if j >= bhi:
                break
            k = new[j] = get(j - 1, 0) + 1
            if k > bestsize:
                besti, bestj, bestsize = i - k + 1, j - k + 1, k
        j2len = new
    return besti, bestj, bestsize


def _matching_blocks(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int, int]]:
    """The blocks ``(i, j, k)`` the two have in common, in order, adjacent ones joined, ending
    with ``(len(a), len(b), 0)``."""
    b2j: dict[Hashable, list[int]] = {}
    for j, element in enumerate(b):
        if element in b2j:
            b2j[element].append(j)
        else:
            b2j[element] = [j]
    blocks = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        i, j, k = _longest(a, b2j, alo, ahi, blo, bhi)
        if k:
            blocks.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    blocks.sort()
    joined = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                joined.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        joined.append((i1, j1, k1))
    joined.append((len(a), len(b), 0))
    return joined


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """How to turn ``a`` into ``b``: ``(tag, i1, i2, j1, j2)`` tuples, as difflib gives them."""
    answer: list[Opcode] = []
    i = j = 0
    for ai, bj, size in _matching_blocks(a, b):
        if i < ai and j < bj:
            answer.append(("replace", i, ai, j, bj))
        elif i < ai:
            answer.append(("delete", i, ai, j, bj))
        elif j < bj:
            answer.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            answer.append(("equal", ai, i, bj, j))
    return answer
