"""The JSON Schema: the file in schemas/ is the module's, and outputs validate against it."""

import json

import pytest

import gazette_cli
from conftest import SCHEMA_FILE
from gazette_cli.output.schema import schema_json


def test_schema_file_is_generated_from_the_module():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json()


def test_sample_output_validates(validator, sample_dict):
    assert [e.message for e in validator.iter_errors(sample_dict)] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("今天天气很好。", id="no-notice"),
        pytest.param("济南市某某方案\n一、总则\n（一）目标。到2025年达到18.5%。\n", id="plan-only"),
        pytest.param("（\n《\n一、\n（一）\n1.\n", id="broken-brackets"),
    ],
)
def test_small_outputs_validate(validator, text):
    data = json.loads(gazette_cli.to_json(gazette_cli.to_dict(gazette_cli.parse_text(text))))
    assert [e.message for e in validator.iter_errors(data)] == []


def test_a_broken_output_does_not_validate(validator, sample_dict):
    broken = json.loads(json.dumps(sample_dict, default=str))
    broken["notices"][0]["span"]["start_line"] = "one"
    assert list(validator.iter_errors(broken)) != []
