"""Stage 1 — sources: bytes in, decoded text lines out (text files; PDF to come)."""
