"""The docstring examples of the target and amount modules are part of their spec."""

from __future__ import annotations

import doctest

import pytest

from gazette_cli import amounts, indicators, quantities, scopes, target_rows, targets


@pytest.mark.parametrize("module", [quantities, scopes, amounts, targets, indicators, target_rows], ids=lambda m: m.__name__)
def test_doctests(module):
    result = doctest.testmod(module)
    assert (result.failed, result.attempted > 0) == (0, True)
