"""Generate the word forms of the checker's word families (resources/content/wordforms.tsv).

    .venv/bin/python tools/build_wordforms.py          # write the file
    .venv/bin/python tools/build_wordforms.py --check  # exit 1 when the file is stale

Reads ``resources/content/shape.toml`` (the families, by dictionary form) and
``kk_suffixes.toml`` (Kazakh endings) and writes, once, every form the checker needs:

* Russian: every form of each lemma's paradigm from pymorphy3 (a development tool only,
  ``pip install -e '.[tools]'``; the app never imports it), with "ё" also spelt "е"; the
  verbs of a request keep only their imperative and infinitive;
* English: the word and its plural; the words of a request also -ed and -ing (a final
  "e" or "y" changed, a final consonant doubled);
* Kazakh: the set of ending chains built from the suffix table; the checker accepts a word
  when it is a stem of a family followed by one whole chain.

The output is sorted and stable, so a change of the data shows as a readable diff.
"""

from __future__ import annotations

import functools
import re
import sys
import tomllib
from itertools import product
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools import generated  # noqa: E402

CONTENT = REPO / "resources" / "content"
OUTPUT = CONTENT / "wordforms.tsv"
#: The tokeniser of the checker (assistant/core/checker/shape.py): runs of letters.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words(entry: str) -> list[str]:
    return [w.replace("’", "'") for w in WORD_RE.findall(entry.lower())]


@functools.cache
def _morph() -> Any:
    try:
        import pymorphy3  # type: ignore[import-not-found]
    except ImportError as exc:  # pragma: no cover - a development tool
        raise SystemExit("pymorphy3 is needed to generate Russian forms:"
                         " .venv/bin/pip install -e '.[tools]'") from exc
    return pymorphy3.MorphAnalyzer()


def russian_forms(word: str, request: bool = False) -> set[str]:
    """Every form of the paradigm(s) whose dictionary form is ``word``, or of its first
    parse when ``word`` is itself an inflected form ("заблокирован").

    ``request``: the word is an action asked of the reader, so a verb keeps only its
    imperative and infinitive ("оплатите", "оплатить"), not "оплачен", "оплатил"."""
    parses = _morph().parse(word)
    chosen = [p for p in parses if p.normal_form == word.replace("ё", "е")
              or p.normal_form == word] or parses[:1]
    forms = {word}
    for parse in chosen:
        for form in parse.lexeme:
            verb = form.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")
            if request and verb and form.tag.POS != "INFN" and "impr" not in form.tag:
                continue
            forms.add(form.word)
    forms.update(f.replace("ё", "е") for f in list(forms))
    return forms


_VOWELS = "aeiou"


def english_forms(word: str, request: bool = False) -> set[str]:
    """The word and its regular endings. Only the words of a request (an action, pressure)
    take the verb endings: "income" must not become "incoming"."""
    forms = {word}
    if len(word) < 3 or not word.isascii():
        return forms
    forms.update({word + "s", word + "es"})
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    if not request:
        return forms
    forms.update({word + "ed", word + "d", word + "ing"})
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ied")
    if (word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS
            and word[-3] not in _VOWELS and len(word) <= 5):
        forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


def kazakh_endings(table: dict[str, Any]) -> list[str]:
    noun = table["noun"]
    chains: set[str] = set()
    for plural, possessive, case in product([""] + noun["plural"], [""] + noun["possessive"],
                                            [""] + noun["case"]):
        chains.add(plural + possessive + case)
    verb = table["verb"]
    for stem, form in product(verb["stem"], [""] + verb["form"]):
        chains.add(stem + form)
        if form.endswith(("ыңыз", "іңіз", "ңыз", "ңіз")):  # "айтыңызшы"
            chains.update(stem + form + particle for particle in noun["particle"])
    return sorted(c for c in chains if " " not in c)


def build() -> dict[str, Any]:
    shape = tomllib.loads((CONTENT / "shape.toml").read_text(encoding="utf-8"))
    suffixes = tomllib.loads((CONTENT / "kk_suffixes.toml").read_text(encoding="utf-8"))
    ru: dict[str, set[str]] = {}
    en: dict[str, set[str]] = {}
    for family in shape["family"]:
        request = family.get("kind") in ("action", "pressure")
        for entry in family.get("ru", []):
            for word in words(entry):
                if word not in ru:
                    ru[word] = (russian_forms(word, request) if re.search("[а-яё]", word)
                                else {word})
        for entry in family.get("en", []):
            for word in words(entry):
                en.setdefault(word, set()).update(english_forms(word, request))
    return {
        "about": "Generated by tools/build_wordforms.py from shape.toml and kk_suffixes.toml;"
                 " do not edit.",
        # form -> the dictionary words it is a form of
        "ru": _invert(ru),
        "en": _invert(en),
        "kk_endings": kazakh_endings(suffixes),
    }


def _invert(paradigms: dict[str, set[str]]) -> dict[str, list[str]]:
    forms: dict[str, set[str]] = {}
    for lemma, members in paradigms.items():
        for form in members:
            forms.setdefault(form, set()).add(lemma)
    return {form: sorted(lemmas) for form, lemmas in sorted(forms.items())}


def render(data: dict[str, Any]) -> str:
    """One line per form: ``ru<TAB>form<TAB>lemma,lemma``, ``en...``, then ``kk<TAB>ending``.
    Lines, not one JSON document: the checker reads them in a Python loop, which lets the
    window's thread run, where one big ``json.loads`` would hold it for its whole length."""
    lines = [f"# {data['about']}"]
    for lang in ("ru", "en"):
        lines.extend(f"{lang}\t{form}\t{','.join(lemmas)}" for form, lemmas in data[lang].items())
    lines.extend(f"kk\t{ending}" for ending in data["kk_endings"])
    return "\n".join(lines) + "\n"


def _summary(text: str) -> str:
    kinds = [line.split("\t", 1)[0] for line in text.splitlines() if not line.startswith("#")]
    return (f"{kinds.count('ru')} Russian forms, {kinds.count('en')} English forms,"
            f" {kinds.count('kk')} Kazakh ending chains")


def main(argv: list[str] | None = None) -> int:
    return generated.run(argv, __doc__ or "", Path(__file__), OUTPUT,
                         lambda: render(build()), _summary)


if __name__ == "__main__":
    sys.exit(main())
