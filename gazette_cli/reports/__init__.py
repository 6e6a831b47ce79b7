"""The rows of the ``units`` and ``targets`` reports and their table, CSV, JSON and YAML forms."""
