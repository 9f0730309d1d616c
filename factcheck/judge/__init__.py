"""From a claim to a verdict: candidate sentences, their coverage of the claim, the conflict rules and the decision."""
