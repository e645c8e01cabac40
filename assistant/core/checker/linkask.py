"""A request that leads into a link: "Secure your account: <link>", "Обновите данные по
ссылке <link>", "Растаңыз: <link>".

Phishing often asks for its link with no "click": a verb of a request (the ``ask-verb``
family of ``shape.toml``), its object, then a colon, "here", "at" or "по ссылке", and the
link. When that link is a stranger's (not official, not a brand's own, not the site of the
name the message signs with, not a code notice's own link), the verb's words are the action
"follow a link" of the shapes (``engine._match_shapes``). Ordinary chat that shares a link
("check out my profile: ...", "вот ссылка на встречу: ...") asks nothing of the reader's
account: the writer's own things and "check out" are not such a request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from assistant.core.checker import campaign, twins
from assistant.core.checker.report import LinkInfo

if TYPE_CHECKING:
    from assistant.core.checker.normalise import Normalised
    from assistant.core.checker.shape import Lexicon

Span = tuple[int, int]

#: Words between the verb and what leads into the link: its object ("your account",
#: "данные карты", "the payment of 1.99"), a comma inside it.
_OBJECT = r"(?:,?[^\S\n]+(?:[\w'’*#№$£€₸-]|(?<=\d)[.,](?=\d)){1,25}){0,6}?"
#: What leads into the link after the object.
_MARKERS = (
    r"here|below|at|via|on|through|using|by visiting|on our (?:website|site|page)"
    r"|по ссылке|по адресу|на сайте|на странице|здесь|тут|ниже|через"
    r"|сілтеме бойынша|сілтеме арқылы|сілтемеге|мына жерде|осы жерде|осында|сайтта"
)
_GAP = re.compile(
    _OBJECT + r"(?:[^\S\n]+(?:" + _MARKERS + r")\b[^\S\n]*[:：\-–—→>»]?"
    r"|[^\S\n]*[:：–—→»]|[^\S\n]+-)\s*[\"'«“(<\[]?\s*", re.IGNORECASE)
#: The writer's own things ("check out my new profile: ..."), not the reader's account;
#: "check out" / "check this out" is "look at".
_CHAT = re.compile(
    r"\b(?:my|мой|моя|моё|мое|мою|мои|моей|моего|моих|менің)\b"
    r"|^[^\S\n]+(?:our|наш\w{0,3}|біздің)\b"
    r"|^(?:[^\S\n]+(?:this|it|these))?[^\S\n]+out\b", re.IGNORECASE)
#: Kazakh endings of a request on a verb stem: the imperative (polite, plural, familiar)
#: and the infinitive ("растаңыз", "жаңартыңыздар", "растау"), not the past ("расталды").
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: An English verb's endings that are not the plain verb ("verified", "checking", "pays").
_EN_INFLECTED = re.compile(r"(?:ed|ing|(?<!s)s)$")
#: The Russian imperative and infinitive ("подтвердите", "проверь", "обновить").
_RU_REQUEST = re.compile(r"(?:ть|ти|те|и|ь|й|тесь|ться|сь)$")
_KK_REQUEST = ("", "ыңыз", "іңіз", "ңыз", "ңіз", "ңдар", "ңдер", "ыңыздар", "іңіздер",
               "ңыздар", "ңіздер", "ыңдар", "іңдер", "шы", "ші", "у", "ю", "уға", "уге",
               "уіңіз", "уіңізді", "ыңызшы", "іңізші", "ңызшы", "ңізші")


def a_request(word: str, forms: Mapping[str, tuple[str, ...]],
              kk_stems: Collection[str]) -> bool:
    """Is ``word`` (the last word of a request family's match) in the form of a request? A
    Russian imperative or infinitive ("подтвердите", "обновить"), an English plain verb
    ("verify", not "verified"), a Kazakh stem with a request's ending or none ("растаңыз",
    "растау", not "расталды"). ``forms``, ``kk_stems``: the lexicon's."""
    if _CYRILLIC.search(word) is None:
        return _EN_INFLECTED.search(word) is None
    if _RU_REQUEST.search(word) and any(k.startswith("ru:") for k in forms.get(word, ())):
        return True
    return any(word[:cut] in kk_stems and word[cut:] in _KK_REQUEST
               for cut in range(2, len(word) + 1))


def leads_into(text: str, end: int, links: Sequence[LinkInfo]) -> LinkInfo | None:
    """The link that the words ending at ``end`` (original offsets) lead into with an
    object and a colon, "here", "at" or "по ссылке", or None. ``links``: sorted by span."""
    link = next((link for link in links if link.span[0] >= end), None)
    if link is None or link.span[0] - end > 160:
        return None
    gap = text[end:link.span[0]]
    if not _GAP.fullmatch(gap) or _CHAT.search(gap):
        return None
    return link


def link_requests(verbs: Sequence[Span], folded: str, text: str,
                  span: Callable[[int, int], Span], links: Sequence[LinkInfo],
                  lexicon: Lexicon, stranger: Callable[[LinkInfo], bool]) -> list[Span]:
    """The ``verbs`` (normalised spans of ``ask-verb`` words in ``folded``) that ask for a
    stranger's link: a request's form, then its object and what leads into the link.
    ``span`` maps normalised offsets to the original ``text``'s; ``stranger`` tells a link
    that is not the sender's own."""
    found: list[Span] = []
    ordered = sorted(links, key=lambda link: link.span)
    for start, end in verbs:
        if start < 0:
            continue
        words = folded[start:end].split()
        if not words or not a_request(words[-1], lexicon.forms, lexicon.kk_stems):
            continue
        link = leads_into(text, span(start, end)[1], ordered)
        if link is not None and stranger(link):
            found.append((start, end))
    return found


#: The request families, and where their words that ask for a stranger's link go besides
#: ``link``: an account's ("verify your account: <link>") make ``link-ask``, but only for a
#: site made for a campaign (``CAMPAIGN``), since a sign-up or a renewal notice of a company
#: not on the lists also sends you to its own plain site ("войдите в личный кабинет:
#: <company>.kz").
FAMILIES = {"ask-verb": "link-ask", "ask-errand": ""}
#: Link keys (``engine._reason_keys``) of a site that is no company's own plain site.
CAMPAIGN = frozenset({"lookalike", "homoglyph", "punycode", "shortener", "ip", "disguised",
                      "brandpath"})


def add_requests(found: dict[str, list[Span]], norm: Normalised, links: Sequence[LinkInfo],
                 lexicon: Lexicon, keys: Callable[[LinkInfo], set[str]]) -> None:
    """Put the request words ``found`` (``FAMILIES``) that ask for a stranger's link into
    ``link`` with the mark (-1, -1) (the text has a stranger's link to follow; the words
    only when ``link`` has none of its own, such as "по ссылке", to show as the request),
    and, for a campaign's site, into their family's own (``link-ask``). A stranger's link:
    not official (``keys``) nor a brand's own, not the site of the name the message signs
    with, not a code notice's own link that carries its code."""
    text = norm.original

    def stranger(link: LinkInfo) -> bool:
        return not ("official" in keys(link) or twins.self_named(link, text)
                    or twins.carries_the_code(link, text))

    def campaign_site(link: LinkInfo) -> bool:
        return stranger(link) and (campaign.made_up_site(link.registrable_domain)
                                   or not CAMPAIGN.isdisjoint(keys(link)))

    for family, own in FAMILIES.items():
        if family not in found:
            continue
        asks = link_requests(found[family], norm.folded, text, norm.span, links, lexicon,
                             stranger)
        if not asks:
            continue
        if own:
            strong = link_requests(asks, norm.folded, text, norm.span, links, lexicon,
                                   campaign_site)
            if strong:
                found[own] = strong
        link = found.setdefault("link", [])
        if all(start < 0 for start, _end in link):  # no "по ссылке" to show as the request
            link.extend(asks)
        if (-1, -1) not in link:
            link.append((-1, -1))


__all__ = ["CAMPAIGN", "FAMILIES", "a_request", "add_requests", "leads_into", "link_requests"]
