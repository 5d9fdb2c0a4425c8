"""One editor per record kind: a form over every field of shared/spec/domain.md."""
