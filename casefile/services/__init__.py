"""Use cases: each one is one transaction over the repositories."""
