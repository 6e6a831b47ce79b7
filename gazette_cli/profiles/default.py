"""The default profile: what holds for every gazette."""

from ..profile import GazetteProfile
from ..structure.docparts import NORMATIVE_CODE_FORM

DEFAULT = GazetteProfile(
    name="default",
    description="conventions every gazette shares",
    # The private-use glyph the typefaces of Chinese government PDFs print for
    # the middle dot (5份/千人·年): text extractors give U+100170 for it.
    glyphs=(("\U00100170", "·"),),
    # 规范性文件 codes: letters, the year, a serial (JNCR-2022-0010006, SDPR-2022-0010001), perhaps
    # parted by a font's long dashes (HNPR—2015—00014).
    normative_codes=(NORMATIVE_CODE_FORM,),
)
