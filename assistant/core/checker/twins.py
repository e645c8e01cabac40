"""The genuine twins that need positions: what a request's words point at, a code
notice's own link, a sign inside a sentence that denies it.

Pure functions over spans (original offsets) and the engine's ``hits`` (rule id -> spans);
``engine.py`` calls them while it clears innocent signs (stage 4) and matches shapes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable

from assistant.core.checker import campaign
from assistant.core.checker.report import LinkInfo
from assistant.core.checker.rules import Rule

Span = tuple[int, int]
Hits = dict[str, list[Span]]

#: How far after a request's words the thing it asks you to open may start: "Visit our
#: Help and Support Center\nhttps://www.ups.com/...", "по ссылке: https://...".
POINTS_AT_GAP = 60
#: The end of a sentence between a request's words and a link: the link is not their object.
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")
#: How far after "call" an official number may start ("позвоните по номеру 7111").
_NUMBER_GAP = 3
#: A link whose last path segment is a code: "v.whatsapp.com/123456", "t.me/login/12345".
_CODE_IN_PATH = re.compile(r"/(\d{4,8})/?$")
#: A code as a message writes it: "12345", "123-456", "123 456".
_CODE_IN_TEXT = re.compile(r"(?<![\d/])(?:\d{4,8}|\d{2,4}[- ]\d{2,4})(?![\d/])")


def pointed_at(text: str, span: Span, targets: list[Span]) -> Span | None:
    """The first of ``targets`` (sorted spans) that the words at ``span`` hold or lead
    into within the same sentence, or None."""
    for target in targets:
        if target[0] < span[1] and span[0] < target[1]:
            return target  # "visit http..." holds the link's start
        if target[0] >= span[1]:
            if (target[0] - span[1] <= POINTS_AT_GAP
                    and not _SENTENCE_END.search(text, span[1], target[0])):
                return target
            return None
    return None


def carries_the_code(link: LinkInfo, text: str) -> bool:
    """Does ``link`` end in the very code that ``text`` gives outside it? A code notice's
    own link that fills the code in for you ("Your code: 123-456 ... v.whatsapp.com/123456")."""
    code = _CODE_IN_PATH.search(link.url.partition("?")[0].partition("#")[0])
    if code is None:
        return False
    rest = text[:link.span[0]] + " " + text[link.span[1]:]
    return any(found.replace("-", "").replace(" ", "") == code.group(1)
               for found in _CODE_IN_TEXT.findall(rest))


def self_named(link: LinkInfo, text: str) -> bool:
    """Is ``link`` on the site that bears the very name the message signs with, outside
    the link ("Coinbase: ... coinbase.com/security")? A plain name (letters only, no
    hyphen or digit) under a generic or country suffix, not a throwaway one: a campaign
    site adds words to a brand ("coinbase-verify.com"), which this does not count."""
    name = link.registrable_domain.partition(".")[0]
    if len(name) < 4 or not name.isalpha() or campaign.made_up_site(link.registrable_domain):
        return False
    rest = text[:link.span[0]] + " " + text[link.span[1]:]
    return re.search(rf"(?<![\w.@/-]){re.escape(name)}(?![\w.-]*\.\w)", rest.lower()) is not None


#: The account a receipt states the new balance of: "New M-PESA balance is Ksh79.26",
#: "Остаток на Kaspi Gold: 12 000 ₸", "Kaspi Gold қалдығы: 12 000 ₸" (the name, then where the
#: statement ends).
_BALANCE_OF = re.compile(
    r"(?<![\w-])([^\W\d_][\w-]{2,24}) (?:wallet |account )?balance (?:is )?\D{0,4}\d"
    r"|(?:остаток|баланс) (?:на )?([^\W\d_][\w-]{2,24})[^\n\d]{0,12}\d"
    r"|(?<![\w-])([^\W\d_][\w-]{2,24}) (?:қалдығы|балансы)\D{0,4}\d")
_GENERIC_NAMES = frozenset({"new", "your", "available", "current", "account", "card",
                            "карте", "карта", "счете", "счёте", "счету", "балансе"})


def _name_key(word: str) -> str:
    return word.lower().replace("-", "")


def promotes_own_name(link: LinkInfo, text: str) -> bool:
    """Does the advertising after a receipt lead into ``link`` in the name of the very
    account whose new balance the receipt states ("New M-PESA balance is Ksh79.26. ...
    Pay with M-PESA GlobalPay ... Click https://bit.ly/...")?"""
    for found in _BALANCE_OF.finditer(text, 0, link.span[0]):
        name = _name_key(next(g for g in found.groups() if g))
        if name in _GENERIC_NAMES:
            continue
        after = text[found.end():link.span[0]]
        if any(_name_key(w) == name for w in re.findall(r"[^\W_][\w-]*", after)):
            return True
    return False


def own_link_keys(link: LinkInfo, text: str, receipt: bool = False) -> set[str]:
    """The link keys of a notice's own link that is not an official one: "codelink" (it
    carries the code the message gives), "selfnamed" (the site of the sender's name; also
    "selfnamedbare" when written as a bare name, "magnum.kz", with no scheme, "www" or
    path), "ownpromo" (in a receipt, the advertising of the account it states the balance of)."""
    keys = {"codelink"} if carries_the_code(link, text) else set()
    if receipt and promotes_own_name(link, text):
        keys.add("ownpromo")
    if not self_named(link, text):
        return keys
    bare = re.fullmatch(r"[^\W_][\w-]*\.[^\W\d_]{2,}", link.text.strip()) is not None
    return keys | ({"selfnamed", "selfnamedbare"} if bare else {"selfnamed"})


def _drop_spans(hits: Hits, rule_id: str, innocent: Callable[[Span], bool]) -> None:
    """Drop the matches of ``rule_id`` that are ``innocent``, and the rule if none is left."""
    kept = [span for span in hits[rule_id] if not innocent(span)]
    if kept:
        hits[rule_id] = kept
    else:
        del hits[rule_id]


def clear_near_official(hits: Hits, text: str, number_rules: Iterable[Rule],
                        official_phones: list[Span], link_rules: Iterable[Rule],
                        links: list[Span], official_links: Collection[Span]) -> None:
    """Matches that lead into an official number or site are good advice, not signs:
    "if it was not you, call 7111", "log on to www.chase.com"."""
    if official_phones:
        for rule in number_rules:
            if rule.id in hits:
                _drop_spans(hits, rule.id, lambda span: any(
                    s < span[1] + _NUMBER_GAP and span[0] < e for s, e in official_phones))
    if official_links and links:
        targets = sorted(links)
        for rule in link_rules:
            if rule.id in hits:
                _drop_spans(hits, rule.id,
                            lambda span: pointed_at(text, span, targets) in official_links)


def clear_inside(hits: Hits, rules: Iterable[Rule]) -> None:
    """Drop each rule's matches that lie inside a match of its ``unless_inside`` context
    ("staff will never offer you a safe account")."""
    for rule in rules:
        around = [span for ctx in rule.unless_inside for span in hits.get(ctx, ())]
        if around and rule.id in hits:
            _drop_spans(hits, rule.id, functools.partial(_inside, around))


def _inside(around: list[Span], span: Span) -> bool:
    """Is ``span`` within one of ``around``?"""
    return any(a <= span[0] and span[1] <= b for a, b in around)


#: Not a request: a warning ("do not click", "не нужно оплачивать", one word between at most;
#: Kazakh negates inside the verb, "төлемеңіз", forms not in the families), a plan or a fact
#: ("I'll call the bank", "has been rescheduled", "you're verifying"), an answer ("reply C
#: to confirm"). "If not, secure your account" is the alternative, not a negation.
_ACTION_NEGATED = re.compile(
    r"(?:(?:\b(?:(?<!\bif )not|never|don't|dont|no need to)|(?<!\w)(?:не|нельзя|никогда))"
    r"\W{1,3}(?!(?:you|вы|me|мне)\b)(?:\w{1,15}\W{1,3})?|\b(?:i|i'll|ill|i will|i'm going to"
    r"|we'll|we will|he|she|they|i've|i have|has been|have been|was|were"
    r"|you're|you are|we're|we are|i'm|i am|is|are)\s"
    r"|(?:\breply|\bor|,) \W?[a-z0-9]{1,3}\W? to )$")
#: An English action word in the past tense is what was done, not a request: "You visited
#: the Post Office on ...", "we called you", "the payment you clicked through" ("need",
#: "proceed" are not past forms).
_PAST_TENSE = re.compile(r"[a-z]{2,25}(?<!e)ed")


def not_a_request(folded: str, text: str, span: Callable[[int, int], Span],
                  official_links: Collection[Span], all_links: list[Span],
                  start: int, end: int) -> bool:
    """Is the action word at ``start:end`` of ``folded`` no request of a shape? A warning
    ("do not pay"), a fact ("you visited", "has been rescheduled"), or words that lead into
    the sender's own site ("visit https://www.ups.com")."""
    return start >= 0 and (
        _ACTION_NEGATED.search(folded, max(0, start - 24), start) is not None
        or _PAST_TENSE.fullmatch(folded, start, end) is not None
        or (bool(official_links)
            and pointed_at(text, span(start, end), all_links) in official_links))


#: A machine template's slot, "%{contact_number}", "{{ link }}", "%(name)s": the sender's
#: software fills it in; its name is not a word said to the reader.
_PLACEHOLDER = re.compile(r"%\{[\w.]{1,40}\}|\{\{ ?[\w.]{1,40} ?\}\}|%\([\w.]{1,40}\)s")


def drop_placeholders(found: dict[str, list[Span]], folded: str) -> None:
    """Drop the family words ``found`` inside a template's slots ("%{help_center_link}"
    is no "link")."""
    if "{" not in folded and "%(" not in folded:
        return
    slots = [m.span() for m in _PLACEHOLDER.finditer(folded)]
    if not slots:
        return
    for family in list(found):
        kept = [s for s in found[family] if s[0] < 0 or not _inside(slots, s)]
        if kept:
            found[family] = kept
        else:
            del found[family]
