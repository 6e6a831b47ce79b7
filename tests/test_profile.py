"""Gazette profiles: the default one for every gazette, named ones that only add."""

import pytest

import gazette_cli
from gazette_cli.errors import InputError
from gazette_cli.model import LineKind
from gazette_cli.profile import GazetteProfile, extend, get_profile
from gazette_cli.profiles import DEFAULT, JINAN, PROFILES


def test_every_named_profile_only_adds_to_the_default():
    for profile in PROFILES.values():
        assert set(DEFAULT.glyphs) <= set(profile.glyphs)
        assert set(DEFAULT.running_headers) <= set(profile.running_headers)
        assert set(DEFAULT.normative_codes) <= set(profile.normative_codes)
        assert profile.first_listed_leads or not DEFAULT.first_listed_leads


def test_extend_adds_and_cannot_take_away():
    bare = GazetteProfile("bare", "nothing", first_listed_leads=True)
    more = extend(bare, "more", "with a glyph", glyphs=(("\ue000", "·"),), first_listed_leads=False)
    assert (more.glyphs, more.first_listed_leads) == ((("\ue000", "·"),), True)
    with pytest.raises(TypeError):
        extend(bare, "less", "a name only", name="other")


def test_unknown_profile_is_an_input_error_naming_the_known_ones():
    with pytest.raises(InputError, match="default, jinan"):
        get_profile("shanghai")


def test_glyph_map_comes_from_the_profile():
    text = "实施方案\n一、目标\n全市食品抽检量不低于5份/千人\U00100170年。\n"
    with_map = gazette_cli.parse_text(text).notices[0].clauses[0].text
    without = gazette_cli.parse_text(text, profile=GazetteProfile("plain", "no glyphs")).notices[0].clauses[0].text
    assert ("千人·年" in with_map, "\U00100170" in without) == (True, True)


def test_jinan_profile_reads_a_header_cut_before_the_gazettes_name():
    # A running header whose gazette name the extractor cut off (…济南市人民政) names no 公报.
    text = "实施方案\n一、目标\n提高比例。\n市政府文件　　　　　　济南市人民政\n二、任务\n加强建设。\n"
    def kind(profile):
        doc = gazette_cli.parse_text(text, profile=profile)
        return doc.layout.lines[3].kind
    assert (kind(None), kind("jinan")) == (LineKind.BODY, LineKind.RUNNING_HEADER)


def test_profile_names_a_normative_code_form():
    text = "某市规字〔2022〕1号\n某市人民政府\n关于印发某某办法的通知\n某政发〔2022〕3号\n各区县人民政府：\n现将《某某办法》印发给你们。\n"
    custom = extend(DEFAULT, "custom", "with its own codes", normative_codes=(r"\p{Han}{2}规字〔[0-9]{4}〕[0-9]+号",))
    codes = [gazette_cli.parse_text(text, profile=p).notices[0].normative_code for p in (None, custom)]
    assert codes == [None, "某市规字〔2022〕1号"]


def test_the_jinan_profile_makes_the_first_unit_of_every_list_lead(sample_doc):
    # Only 18号 says so itself; under the jinan profile every list of the issue leads with its first unit.
    jinan = gazette_cli.parse_path(__import__("conftest").SAMPLE, profile=JINAN)
    default_leads = [bool(r.lead) for n in sample_doc.notices for r in n.responsibilities]
    jinan_leads = [bool(r.lead) for n in jinan.notices for r in n.responsibilities]
    assert (sum(default_leads), all(jinan_leads), len(jinan_leads)) == (18, True, 68)
