"""The sources as a searchable collection of sentences: kept in memory for sources read now, or in an index on disk."""
