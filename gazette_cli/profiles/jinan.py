"""济南市人民政府公报: the column names its running headers carry."""

from ..profile import extend
from .default import DEFAULT

JINAN = extend(
    DEFAULT,
    name="jinan",
    description="济南市人民政府公报: running headers under 市政府文件 / 市政府办公厅文件",
    # Its headers name the column before the gazette (市政府文件　…济南市人民政府公报 (2022年第20期)),
    # and a header cut off before the gazette's name still is one.
    running_headers=(r"^市政府(?:办公厅)?文件(?:[\s\u3000]|$)",),
    # Its plans name the lead unit first in every list of units (its 18号 text
    # says so for its own measures: 责任单位中列第一位的为牵头组织落实单位).
    first_listed_leads=True,
)
