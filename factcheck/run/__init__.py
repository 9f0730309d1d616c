"""Running many judgements: worker processes, results in input order, the cycle collector paused."""
