"""Search keys for items and names: full pinyin and initials (拼音 / 首字母)."""

from __future__ import annotations

import functools

from pypinyin import Style, lazy_pinyin


@functools.lru_cache(maxsize=8192)  # a case is folded again at each step and each pull: its name is not
def pinyin_keys(text: str) -> tuple[str, str]:
    """("chengzhenwushui...", "czws...") for a Chinese name; other characters pass through lowercased."""
    syllables = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: list(chars))
    syllables = [s.lower() for s in syllables if s.strip()]
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables if s[0].isalnum())
    return full, initials


def matches(query: str, *, name: str, code: str, pinyin: str, initials: str) -> bool:
    """Whether a typed query finds a record by Chinese name, code, full pinyin or initials."""
    q = "".join(query.split()).lower()
    if not q:
        return True
    return q in name.lower() or q in code.lower() or q in pinyin or q in initials
