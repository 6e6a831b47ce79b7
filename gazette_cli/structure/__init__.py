"""Stages 4 and 5 — structure: notice frames, attachments, the numbering table and the outline."""
