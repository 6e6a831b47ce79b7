"""Chinese numerals: 十七, 二十三, 一百零五, 二〇三五 and back.

Used by the clause markers (第十二条, （十七）), dates in Chinese numerals
(二○○七年五月八日) and quantities (三十个).
"""

from __future__ import annotations

#: Digit characters.  〇 (U+3007), ○ (U+25CB, a circle typed for it) and 零 are zero.
DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
#: Every character a Chinese numeral (up to the thousands) is written with.
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)


#: Section units: 一万余家, 两亿元.
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}


def cn_to_int(s: str) -> int | None:
    """Chinese numerals → int, past 十 and with 〇 (二十三, 一百零五, 二〇三五), and
    with 万 and 亿 (一万, 两千五百万).

    >>> [cn_to_int(x) for x in ("十", "十七", "二十三", "一百零五", "二〇三五", "二○○七")]
    [10, 17, 23, 105, 2035, 2007]
    >>> [cn_to_int(x) for x in ("一万", "两千", "三十万", "一亿五千万")]
    [10000, 2000, 300000, 150000000]
    >>> cn_to_int("科") is None, cn_to_int("十十") is None, cn_to_int("万") is None
    (True, True, True)
    """
    if not s:
        return None
    for big, value in (("亿", BIG_UNITS["亿"]), ("万", BIG_UNITS["万"])):
        if big in s:
            head, _, tail = s.partition(big)
            high = cn_to_int(head)
            low = cn_to_int(tail) if tail else 0
            if high is None or low is None or low >= value:
                return None
            return high * value + low
    if any(c not in DIGITS and c not in UNITS for c in s):
        return None
    if all(c in DIGITS for c in s):  # digit by digit: 二〇三五
        return int("".join(str(DIGITS[c]) for c in s))
    total, digit, last_unit = 0, None, 10_000
    for c in s:
        if c in DIGITS:
            digit = DIGITS[c]
        else:
            unit = UNITS[c]
            if unit >= last_unit:
                return None  # 十十, 百千: not a number
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)


_CN_DIGITS = "零一二三四五六七八九"


def int_to_cn(n: int) -> str:
    """1 … 999 in Chinese numerals, as clause numbers are printed.

    >>> [int_to_cn(n) for n in (1, 10, 11, 20, 23, 105, 110)]
    ['一', '十', '十一', '二十', '二十三', '一百零五', '一百一十']
    """
    if not 0 < n < 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _CN_DIGITS[hundreds] + "百"
        if tens == 0 and ones:
            return out + "零" + _CN_DIGITS[ones]
        if tens:
            out += _CN_DIGITS[tens] + "十"
    elif tens:
        out += ("" if tens == 1 else _CN_DIGITS[tens]) + "十"
    if ones:
        out += _CN_DIGITS[ones]
    return out
