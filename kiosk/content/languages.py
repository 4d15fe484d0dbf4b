"""Language tags, names as speakers write them, and which languages run right to left.

Language folders are named by BCP 47 tags: a language (`en`, `ckb`), then maybe a
script (`zh-Hant`, `sr-Latn`) and a region (`pt-BR`, `es-419`). Letter case does not
matter to the kiosk; each tag is shown and compared in its usual form (`pt-BR`).
The language picker shows each language in itself ("Français", not "French"), so a
visitor finds their own language without reading English.
"""

from __future__ import annotations

import re

from kiosk.content.near_misses import closest

_TAG = re.compile(r"([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?", re.IGNORECASE | re.ASCII)

_NAMES = {
    "af": "Afrikaans",
    "am": "አማርኛ",
    "ar": "العربية",
    "bn": "বাংলা",
    "ckb": "کوردی",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "dv": "ދިވެހި",
    "el": "Ελληνικά",
    "en": "English",
    "en-GB": "English (UK)",
    "en-US": "English (US)",
    "es": "Español",
    "es-419": "Español (Latinoamérica)",
    "es-ES": "Español (España)",
    "es-MX": "Español (México)",
    "fa": "فارسی",
    "fi": "Suomi",
    "fr": "Français",
    "fr-CA": "Français (Canada)",
    "ha": "Hausa",
    "he": "עברית",
    "hi": "हिन्दी",
    "id": "Bahasa Indonesia",
    "ig": "Igbo",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "ln": "Lingála",
    "my": "မြန်မာ",
    "ne": "नेपाली",
    "nl": "Nederlands",
    "no": "Norsk",
    "pl": "Polski",
    "ps": "پښتو",
    "pt": "Português",
    "pt-BR": "Português (Brasil)",
    "pt-PT": "Português (Portugal)",
    "ro": "Română",
    "ru": "Русский",
    "rw": "Kinyarwanda",
    "sd": "سنڌي",
    "so": "Soomaali",
    "sr": "Српски",
    "sr-Cyrl": "Српски (ћирилица)",
    "sr-Latn": "Srpski (latinica)",
    "sv": "Svenska",
    "sw": "Kiswahili",
    "ta": "தமிழ்",
    "th": "ไทย",
    "ti": "ትግርኛ",
    "tr": "Türkçe",
    "uk": "Українська",
    "ug": "ئۇيغۇرچە",
    "ur": "اردو",
    "vi": "Tiếng Việt",
    "yi": "ייִדיש",
    "yo": "Yorùbá",
    "zh": "中文",
    "zh-Hans": "简体中文",
    "zh-Hant": "繁體中文",
    "zh-CN": "中文（中国）",
    "zh-TW": "中文（台灣）",
    "zu": "isiZulu",
}

#: Languages written right to left when no script is named; a named script decides instead (`sd-Deva`).
_RIGHT_TO_LEFT = frozenset({"ar", "arz", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})
#: Scripts written right to left: Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya.
_RIGHT_TO_LEFT_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"})


def canonical_tag(text: str) -> str | None:
    """`text` as a language tag in its usual form (`PT-br` -> `pt-BR`), or None when it is not one.

    A tag is a language of 2 or 3 letters, then maybe a script of 4 letters and a region of
    2 letters or 3 digits, joined by hyphens: `en`, `ckb`, `zh-Hant`, `pt-BR`, `sr-Latn-RS`, `es-419`.
    """
    match = _TAG.fullmatch(text)
    if match is None:
        return None
    language, script, region = match.groups()
    return "-".join(part for part in (language.lower(), script and script.title(), region and region.upper()) if part)


def language_name(code: str) -> str:
    """The language's name in itself: `Português (Brasil)`; a variant not in the table is its language's name
    with the tag (`Deutsch (de-AT)`), and an unknown language is shown as written."""
    tag = canonical_tag(code) or code
    if tag in _NAMES:
        return _NAMES[tag]
    base = _NAMES.get(tag.split("-")[0])
    return f"{base} ({tag})" if base else tag


def is_right_to_left(code: str) -> bool:
    """Whether text in this language runs right to left: from its script when the tag names one, else its language."""
    parts = (canonical_tag(code) or code).split("-")
    script = next((part for part in parts[1:] if len(part) == 4), None)
    return script in _RIGHT_TO_LEFT_SCRIPTS if script else parts[0].lower() in _RIGHT_TO_LEFT


def is_known(code: str) -> bool:
    """Whether the kiosk has a name for the language of `code` (so the picker shows more than the code)."""
    tag = canonical_tag(code) or code
    return tag in _NAMES or tag.split("-")[0] in _NAMES


def meant_tag(text: str) -> str | None:
    """The known language tag a folder name most likely means: `fr_FR` fr-FR, `eng` en, `english` en,
    `Francais` fr. None when it is like none of them."""
    tag = canonical_tag(text.replace("_", "-"))
    if tag and is_known(tag):
        return tag
    code = closest(text, _NAMES)
    if code:
        return code
    name = closest(text, _NAMES.values())
    return next((code for code, known in _NAMES.items() if known == name), None)
