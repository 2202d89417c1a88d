"""Matching: the prefilter over every rule's trigger terms, then spaCy matchers per language."""
