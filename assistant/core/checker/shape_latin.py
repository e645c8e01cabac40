"""Word families in Russian or Kazakh typed in Latin letters (shape.py's look-ups there).

The text is read in the simplified Cyrillic of :mod:`translit`, and its words are looked
up in a copy of the lexicon simplified the same way, made on the first such text.
"""

from __future__ import annotations

from assistant.core.checker import shape, translit
from assistant.core.checker.shape import Lexicon


def simplified_lexicon(lexicon: Lexicon) -> Lexicon:
    """``lexicon`` with every form, stem, ending and key in the simplified Cyrillic of
    ``translit`` ("қ" as "к", "і" and "й" as "и"), built once, when first needed."""
    done = lexicon.derived.get("simplified")
    if done is not None:
        return done
    fold = translit.simplify
    # forms, keys (whose "ru:" folds to itself), endings, stems: each folded in one call
    lemmas = list({k for keys in lexicon.forms.values() for k in keys})
    folded_key = dict(zip(lemmas, fold("\n".join(lemmas)).split("\n"), strict=True))
    forms: dict[str, set[str]] = {}
    for form, keys in zip(fold("\n".join(lexicon.forms)).split("\n"),
                          lexicon.forms.values(), strict=True):
        forms.setdefault(form, set()).update(map(folded_key.__getitem__, keys))
    single: dict[str, set[str]] = {}
    for k, families in lexicon.single.items():
        single.setdefault(fold(k), set()).update(families)
    phrases: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] = {}
    for k, entries in lexicon.phrases.items():
        for family, rest, _needed in entries:
            folded = tuple(map(fold, rest))
            phrases.setdefault(fold(k), []).append((family, folded, frozenset(folded)))
    endings, stems = (frozenset(fold("\n".join(words)).split("\n")) if words else frozenset()
                      for words in (lexicon.kk_endings, lexicon.kk_stems))
    result = Lexicon(
        forms={form: tuple(sorted(keys)) for form, keys in forms.items()},
        kk_stems=stems, kk_endings=endings,
        kk_short_endings=frozenset(e for e in endings if len(e) >= 2),
        kk_longest=max((len(s) for s in stems), default=0),
        single={k: tuple(sorted(f)) for k, f in single.items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
        kinds=lexicon.kinds, shapes=lexicon.shapes, phrase_gap=lexicon.phrase_gap,
        bonus_weight=lexicon.bonus_weight, max_weight=lexicon.max_weight,
        complete=lexicon.complete)
    lexicon.derived["simplified"] = result
    return result


def find_families_latin(lexicon: Lexicon, text: str) -> dict[str, list[tuple[int, int]]]:
    """Families found in the Cyrillic reading of ``text``, a Russian or Kazakh text typed
    in Latin letters ("salem, magan aqsha kerek", "sizdiń paraqshańyz"); the spans point
    at the Latin words of ``text``."""
    read = translit.reading(text)
    if read is None:
        return {}
    view, starts, ends = read
    found = shape.find_families(simplified_lexicon(lexicon), view)
    return {family: [(starts[a], ends[max(a, b - 1)]) for a, b in spans]
            for family, spans in found.items()}
