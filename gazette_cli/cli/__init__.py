"""The ``gazette`` command: argument parsing, batch conversion, rendering."""
