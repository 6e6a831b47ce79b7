"""One error hierarchy for the library; the CLI maps it to messages and exit codes."""


class GazetteError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code = 2


class InputError(GazetteError):
    """The input cannot be used as gazette text (missing, binary, undecodable, too large)."""


class OutputError(GazetteError):
    """An output cannot be written where it was asked to go."""


class SavedOutputError(GazetteError):
    """A saved parse output (JSON/YAML) is foreign, corrupt or of another schema."""
