"""Text-level helpers: the named normalization steps and Chinese numerals."""
