"""Language names as speakers write them, and which scripts run right to left.

The language picker shows each language in itself ("Français", not "French"), so a
visitor finds their own language without reading English.
"""

from __future__ import annotations

import re

LANGUAGE_CODE = re.compile(r"^[a-z]{2}(?:-[A-Z]{2})?$")

_NAMES = {
    "af": "Afrikaans",
    "am": "አማርኛ",
    "ar": "العربية",
    "bn": "বাংলা",
    "ckb": "کوردی",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "Español",
    "fa": "فارسی",
    "fi": "Suomi",
    "fr": "Français",
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
    "ro": "Română",
    "ru": "Русский",
    "rw": "Kinyarwanda",
    "so": "Soomaali",
    "sv": "Svenska",
    "sw": "Kiswahili",
    "ta": "தமிழ்",
    "th": "ไทย",
    "ti": "ትግርኛ",
    "tr": "Türkçe",
    "uk": "Українська",
    "ur": "اردو",
    "vi": "Tiếng Việt",
    "yo": "Yorùbá",
    "zh": "中文",
    "zu": "isiZulu",
}

_RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb"})


def language_name(code: str) -> str:
    """The language's name in itself; an unknown code is shown as written."""
    return _NAMES.get(code) or _NAMES.get(code.split("-")[0]) or code


def is_right_to_left(code: str) -> bool:
    return code.split("-")[0].lower() in _RIGHT_TO_LEFT
