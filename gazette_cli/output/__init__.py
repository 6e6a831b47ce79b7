"""Stage 7 — output: the documented data, its JSON Schema, and saved outputs read back."""
