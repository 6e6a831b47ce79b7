"""Stage 3 — layout: furniture, tables, paragraphs (see :mod:`.blocks`)."""
