"""Scoring the checker on labelled claims."""
