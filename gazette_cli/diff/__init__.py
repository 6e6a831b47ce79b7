"""``gazette diff``: what changed between two versions of an issue or a plan."""
