"""Verdict symbols and colours, so output reads the same with or without colour."""

from __future__ import annotations

from ..models import Verdict

SYMBOLS = {Verdict.SUPPORTED: "✔", Verdict.CONTRADICTED: "✘", Verdict.UNMENTIONED: "?"}
COLOURS = {Verdict.SUPPORTED: "green", Verdict.CONTRADICTED: "red", Verdict.UNMENTIONED: "yellow"}
