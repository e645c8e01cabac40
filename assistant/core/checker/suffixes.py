"""Public suffixes and registrable domains, from the bundled public-suffix list.

``publicsuffixlist`` ships the list (offline, no download at run time); it is loaded
with the first link a text gives, not with the rules.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any


@functools.cache
def _psl() -> Any:
    from publicsuffixlist import PublicSuffixList

    # The list's own (Unicode) rules only: a second, punycode copy of each of its ~10,000
    # rules costs ~45 ms of the first check. Hosts written in punycode are looked up
    # decoded instead (see _suffix_lookup).
    return PublicSuffixList(accept_encoded_idn=False)


def _suffix_lookup(host: str, private: bool) -> str | None:
    """The public suffix (or, ``private``, the registrable domain) of ``host``, in the
    form ``host`` is written in: "b.xn--80ao21a" for "a.b.xn--80ao21a"."""
    psl = _psl()
    lookup = psl.privatesuffix if private else psl.publicsuffix
    try:
        if "xn--" not in host:
            found: str | None = lookup(host, accept_unknown=False)
            return found
        # (a label that is not valid punycode stays as written)
        found = (lookup(decode_punycode(host), accept_unknown=False)
                 or lookup(host, accept_unknown=False))
    except (ValueError, UnicodeError):  # pragma: no cover - defensive
        return None
    if found is None:
        return None
    labels = host.split(".")
    return ".".join(labels[len(labels) - found.count(".") - 1:])


def registrable_domain(host: str) -> str:
    """The registrable domain ("example.com" of "a.b.example.com"), or the host itself."""
    return _suffix_lookup(host, private=True) or host


def public_suffix(host: str) -> str | None:
    """The public suffix of ``host`` or ``None`` when its top-level domain is unknown."""
    return _suffix_lookup(host, private=False)


def decode_punycode(host: str) -> str:
    """``host`` with each ``xn--`` label decoded (a label that is not valid punycode
    stays as written)."""
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label[4:].encode("ascii").decode("punycode")
        labels.append(label)
    return ".".join(labels)
