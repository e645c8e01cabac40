"""Stage 2a: find links (also written without a scheme or disguised) and judge their domain.

A link is judged against the official registry (``resources/content/registry.toml``):
official, or a look-alike of an official domain (one character off, swapped or doubled
letters, Latin/Cyrillic homoglyphs per Unicode TS #39, punycode, the official name used
as a subdomain or inside another name), a link shortener, a bare IP address, plain
``http://``. The registrable domain comes from the bundled public-suffix list: nothing is
ever fetched and no link is ever opened.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.checker.normalise import Normalised
from assistant.core.checker.report import LinkInfo
from assistant.core.checker.spans import Spans
from assistant.core.checker.suffixes import decode_punycode, public_suffix, registrable_domain
from assistant.core.content import ContentError, load_toml, require, string_tuple
from assistant.core.i18n import N_

# Reasons (English msgids) attached to LinkInfo and used by the link rules.
R_LOOKALIKE = N_("The address imitates an official site but is a different site.")
R_SUBDOMAIN = N_("The official name is only the beginning of another site's address.")
R_HOMOGLYPH = N_("The address mixes letters of different alphabets that look the same.")
R_PUNYCODE = N_("The address is written with special letters (punycode).")
R_SHORTENER = N_("A short link hides where it really leads.")
R_IP = N_("The link is a bare number address, not a site name.")
R_HTTP = N_("The link is not protected (http instead of https).")
R_DISGUISED = N_("The link is written in a disguised way so that filters miss it.")
R_UNKNOWN = N_("The link leads to a site that is not on the list of official sites.")
R_BRAND_OWN = N_(
    "The address is the company's own site (a public page shows the domain is theirs).")
R_BRAND_PATH = N_("The link names a well-known company, but it leads to another site.")

_SCHEME = r"(?P<scheme>(?:https?|hxxps?|h\*\*ps?|ftp)(?::|\[:\])//)"
_LABEL = r"[^\W_](?:[\w-]{0,62})"
# Dots written as "[.]", "(.)", "{.}", "[dot]", or a dot with spaces around it.
_SEP_NOGROUP = r"(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"
_LINK_RE = re.compile(
    rf"(?<![\w@.-])(?:{_SCHEME}|(?P<www>www{_SEP_NOGROUP}))?"
    rf"(?P<host>(?:{_LABEL}{_SEP_NOGROUP}){{1,8}}{_LABEL})"
    r"(?P<port>:\d{1,5})?"
    r"(?P<path>[/?#][^\s<>\"'«»]{0,2000})?"
)
#: Every link above has a dot (or a written-out one) right before a letter or digit: a
#: text without one has none of them, and the two searches are skipped.
_MAY_LINK_RE = re.compile(rf"{_SEP_NOGROUP}[^\W_]")
_IP_RE = re.compile(
    rf"(?<![\w.]){_SCHEME}?(?P<host>(?:\d{{1,3}}\.){{3}}\d{{1,3}})(?![\w.]\w)"
    r"(?P<port>:\d{1,5})?(?P<path>/[^\s<>\"'«»]{0,2000})?"
)
#: "from IP 10.0.0.1", "IP address: 203.0.113.5", "с IP-адреса ...": a login alert naming
#: the address a sign-in came from. A bare IP right after such words is not a link.
#: "IP" may come as its Cyrillic twins "ІР" (a picture read in Kazakh or Russian).
_IP_MENTION_RE = re.compile(r"\b[iі][pр](?:[- ]?(?:address|адрес\w{0,2}|мекенжай\w{0,4}))?\W{0,3}$")
#: Kazakh names it after the address: "203.0.113.5 IP-мекенжайынан".
_IP_MENTION_AFTER_RE = re.compile(r"\W{0,3}[iі][pр][- ]?(?:мекенжай|адрес|address)")
#: "egov . kz": a dot with spaces, only before a suffix common in fraud links.
_SPACED_RE = re.compile(
    r"(?<![\w@.-])(?P<host>[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,3}"
    r"(?: \. ?|\. | \.)(?:kz|com|ru|net|org|info|xyz|top|site|online|click|link))(?![\w.])"
)
#: What every match of _SPACED_RE contains (a dot, maybe a space, one of its suffixes):
#: found by one fast scan for ".", where _SPACED_RE is tried at every letter.
_SPACED_HINT = re.compile(r"\. ?(?:kz|com|ru|net|org|info|xyz|top|site|online|click|link)"
                          r"(?![\w.])")
_SEP_CLEAN = re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)| ?\. ?")
#: Without a scheme, "www" or a path, only these suffixes make a link: "wife.how",
#: "ok.so" or "home.love" are sentences typed without a space, not links.
_BARE_SUFFIXES = frozenset(re.findall(
    r"\w+",
    "kz ru su by uz kg ua com net org info biz xyz top site online club shop store click "
    "link ly cc io pro app live tk ml ga cf gq icu vip uk tv ws cn asia space website tech "
    "buzz rocks loan bid stream download gl gd рф қаз",
))
#: A message with more links than this is not read further for links.
MAX_LINKS = 100
_TRAILING = ".,;:!?)]}'\"»"


@dataclass(frozen=True)
class Official:
    """The official domains the links are judged against."""

    domains: dict[str, str]  # domain -> registry id
    shorteners: frozenset[str]
    #: Names distinctive enough that another site using them is a look-alike.
    brand_labels: dict[str, str]  # label -> domain
    #: registrable domains of the brands of brands.toml -> brand id (their own sites)
    brand_domains: dict[str, str] = field(default_factory=dict)
    #: "host/path" beginnings on a brand's domain where anyone publishes (a group invite)
    open_pages: tuple[str, ...] = ()


_SKELETON = str.maketrans(
    {"0": "o", "1": "l", "|": "l", "3": "e", "5": "s", "а": "a", "е": "e", "о": "o",
     "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "к": "k", "м": "m",
     "т": "t", "в": "b", "н": "h", "ԛ": "q", "ѕ": "s", "ԁ": "d", "ɡ": "g", "ı": "i",
     "ο": "o", "α": "a", "ν": "v", "ε": "e", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
     "ү": "y", "һ": "h", "ӏ": "l"}
)


def skeleton(text: str) -> str:
    """A rough TS #39 skeleton: what the name looks like, letters of any script folded."""
    return text.translate(_SKELETON).replace("rn", "m").replace("vv", "w").replace("i", "l")


def _one_edit_apart(a: str, b: str) -> bool:
    """One character replaced, added, removed or doubled, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _mixed_script(host: str) -> bool:
    from confusable_homoglyphs import confusables

    return any(bool(confusables.is_mixed_script(label)) for label in host.split("."))


def _imitated(shown: str, registrable: str, official: Official,
              reasons: list[str]) -> str | None:
    """The official domain that ``shown`` imitates (a skeleton twin, the official name as a
    subdomain, one edit away, or an official brand's name inside it), or None."""
    shown_skeleton = skeleton(shown)
    for domain in official.domains:
        dom_skeleton = skeleton(domain)
        if shown_skeleton == dom_skeleton or shown_skeleton.endswith("." + dom_skeleton):
            return domain
        if shown.startswith(domain + ".") or shown.startswith(domain.replace(".", "-") + "."):
            reasons.append(R_SUBDOMAIN)
            return domain
        name, _, suffix = domain.partition(".")
        reg_name, _, reg_suffix = registrable.partition(".")
        if len(name) >= 4 and (
            _one_edit_apart(skeleton(registrable), dom_skeleton)
            or (reg_suffix == suffix and _one_edit_apart(skeleton(reg_name), skeleton(name)))
        ):
            return domain
    tokens = set(re.split(r"[.\-_]", shown))
    joined = shown.replace("-", "").replace(".", "")
    reg_name, _, reg_suffix = registrable.partition(".")
    for label, domain in official.brand_labels.items():
        if label in tokens or (len(label) >= 5 and label in joined):
            if reg_name == label and len(reg_suffix.rsplit(".", 1)[-1]) == 2:
                # "amazon.co.uk": the brand's exact name under a country's suffix is often
                # its own site there; not cited as theirs, so neither official nor a sign.
                continue
            return domain
    return None


def judge(host: str, scheme: str, official: Official) -> tuple[str | None, str | None,
                                                               list[str]]:
    """``(official id, imitated domain, reasons)`` for a host."""
    reasons: list[str] = []
    host = host.strip(".")
    for domain, domain_id in official.domains.items():
        if host == domain or host.endswith("." + domain):
            return domain_id, None, ([R_HTTP] if scheme == "http" else [])
    if registrable_domain(host) in official.brand_domains:
        return None, None, [R_BRAND_OWN] + ([R_HTTP] if scheme == "http" else [])
    shown = decode_punycode(host)
    if shown != host:
        reasons.append(R_PUNYCODE)
    if not shown.isascii() and _mixed_script(shown):
        reasons.append(R_HOMOGLYPH)
    registrable = registrable_domain(shown)
    lookalike = _imitated(shown, registrable, official, reasons)
    if lookalike is not None:
        reasons.insert(0, R_LOOKALIKE)
    if registrable in official.shorteners or host in official.shorteners:
        reasons.append(R_SHORTENER)
    if scheme == "http":
        reasons.append(R_HTTP)
    return None, lookalike, reasons


_JUDGED: dict[tuple[str, str, int], tuple[str | None, str | None, list[str]]] = {}


def _judge_cached(host: str, scheme: str,
                  official: Official) -> tuple[str | None, str | None, list[str]]:
    """:func:`judge`, remembered: the same few hosts come back again and again."""
    key = (host, scheme, id(official))
    if key not in _JUDGED:
        if len(_JUDGED) > 4096:
            _JUDGED.clear()
        _JUDGED[key] = judge(host, scheme, official)
    official_id, lookalike, reasons = _JUDGED[key]
    return official_id, lookalike, list(reasons)


def _clean_scheme(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.replace("[:]", ":").split(":")[0]
    return "https" if raw.endswith("s") else "http" if raw.startswith("h") else raw


def find_links(norm: Normalised, official: Official) -> list[LinkInfo]:
    """Every link in the text, with its registrable domain and what is wrong with it."""
    text = norm.clean
    found: list[LinkInfo] = []
    taken = Spans()
    maybe = _MAY_LINK_RE.search(text) is not None
    for match in _IP_RE.finditer(text) if maybe else ():
        if len(found) >= MAX_LINKS:
            break
        host = match.group("host")
        try:
            ipaddress.ip_address(host)
        except ValueError:
            continue
        scheme = _clean_scheme(match.group("scheme"))
        path = (match.group("port") or "") + (match.group("path") or "")
        if not scheme and not path and (
                _IP_MENTION_RE.search(text, max(0, match.start() - 24), match.start())
                or _IP_MENTION_AFTER_RE.match(text, match.end())):
            taken.add(*match.span())  # an address named, not a link to open
            continue
        url = f"{scheme or 'http'}://{host}{path}"
        reasons = [R_IP] + ([R_HTTP] if scheme == "http" else [])
        found.append(LinkInfo(text=norm.original[slice(*norm.span(*match.span()))],
                              span=norm.span(*match.span()), url=url, host=host,
                              registrable_domain=host, reasons=tuple(reasons)))
        taken.add(*match.span())
    for match in _LINK_RE.finditer(text) if maybe else ():
        if len(found) >= MAX_LINKS:
            break
        if taken.overlaps(match.start(), match.end()):
            continue
        info = _link_from_parts(
            norm, official, match.group("host"), match.group("scheme"), match.group("www"),
            match.group("port") or "", match.group("path") or "", match.start(), match.end())
        if info is not None:
            found.append(info)
            taken.add(*match.span())
    if (" ." in text or ". " in text) and _SPACED_HINT.search(text):
        for match in _SPACED_RE.finditer(text):
            if len(found) >= MAX_LINKS:
                break
            if taken.overlaps(match.start(), match.end()):
                continue
            dot = match.group("host").rfind(".")
            after = norm.original[norm.span(match.start() + dot + 1,
                                            match.start() + dot + 2)[0]:].lstrip()[:1]
            if after.isupper():
                continue  # "... 100 tenge. Top up": a full stop and a new sentence
            info = _link_from_parts(norm, official, match.group("host"), None, None, "", "",
                                    match.start(), match.end())
            if info is not None:
                found.append(info)
    found.sort(key=lambda link: link.span)
    return found


def _link_from_parts(norm: Normalised, official: Official, raw_host: str,
                     raw_scheme: str | None, www: str | None, port: str, path: str,
                     start: int, end: int) -> LinkInfo | None:
    scheme = _clean_scheme(raw_scheme)
    # A sentence's full stop or closing bracket is not part of the link.
    while path and path[-1] in _TRAILING:
        path = path[:-1]
        end -= 1
    host = _SEP_CLEAN.sub(".", raw_host).strip(".")
    suffix = public_suffix(host) if "." in host else None
    # "egov.kz.Then": a full stop without a space glued the next word to the link.
    labels = host.split(".")
    while suffix is None and len(labels) > 2 and not path:
        end -= len(labels[-1]) + 1
        labels.pop()
        host = ".".join(labels)
        suffix = public_suffix(host)
    if suffix is None or host.replace(".", "").isdigit():
        return None
    disguised = bool(re.search(r"[\[\]({}]|dot| ", raw_host + (www or "")))
    top = labels[-1]
    explicit = bool(scheme or www)
    # "kaspi-bonus.help": a hyphen or an official name makes a site name of any suffix.
    named = "-" in labels[0] or any(label in host for label in official.brand_labels)
    if not (explicit or path or disguised) and (
            (top not in _BARE_SUFFIXES and not named) or len(host) < 5
            or labels[0].isdigit()):
        return None
    full_host = ("www." + host) if www else host
    official_id, lookalike, reasons = _judge_cached(full_host, scheme, official)
    if disguised and not official_id:
        reasons.append(R_DISGUISED)
    if R_BRAND_OWN in reasons and _is_open(full_host, path, official):
        reasons.remove(R_BRAND_OWN)  # anyone's group or chat there, not the brand's page
    own = R_BRAND_OWN in reasons
    if official_id is None and lookalike is None and not own and _names_brand(path, official):
        reasons.append(R_BRAND_PATH)
    if official_id is None and lookalike is None and not own:
        reasons.append(R_UNKNOWN)
    span = norm.span(start, end)
    url = f"{scheme or 'https'}://{full_host}{port}{path}"
    return LinkInfo(
        text=norm.original[span[0]:span[1]],
        span=span,
        url=url,
        host=full_host,
        registrable_domain=registrable_domain(host),
        official=official_id,
        lookalike_of=lookalike,
        reasons=tuple(dict.fromkeys(reasons)),
    )


_PATH_WORD_RE = re.compile(r"[a-z0-9]+")


def _is_open(host: str, path: str, official: Official) -> bool:
    """Is the link on a brand's page where anyone publishes ("chat.whatsapp.com/...")?"""
    address = (host.removeprefix("www.") + path.split("?", 1)[0]).lower()
    return any(address == page or address.startswith(page.rstrip("/") + "/")
               for page in official.open_pages)


def _names_brand(path: str, official: Official) -> bool:
    """Does the path of a link name a brand ("example.com/PayPal/login")? Not its query
    or fragment: "?utm_source=google", "?ref=https://www.google.com/" say where the reader
    came from, not what the page pretends to be."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    return bool(path) and any(
        word in official.brand_labels for word in _PATH_WORD_RE.findall(path.lower()))


@dataclass(frozen=True)
class Brand:
    """A company of brands.toml: the names it goes by in addresses and its own domains."""

    id: str
    brand: str
    labels: tuple[str, ...]
    domains: tuple[str, ...]
    open_pages: tuple[str, ...] = ()


def load_brands(directory: Path | None = None) -> tuple[Brand, ...]:
    """Read and validate ``brands.toml``: every domain cites the page that shows it."""
    data = load_toml("brands.toml", directory)
    brands: list[Brand] = []
    for item in data.get("brand", []):
        brand_id = require(item, "id", "brands.toml [[brand]]")
        where = f"brands.toml brand {brand_id}"
        domains = []
        for entry in item.get("domain", []):
            domain = require(entry, "domain", where).lower()
            for key in ("page", "shows", "read_on"):
                require(entry, key, f"{where} domain {domain}")
            # (that each is a registrable domain is a test: checking it here would load
            # the public-suffix list with the rules, not with the first link)
            domains.append(domain)
        labels = tuple(label.lower() for label in string_tuple(item, "labels", where))
        if not domains or not labels:
            raise ContentError(f"{where}: needs labels and at least one domain")
        brands.append(Brand(id=brand_id, brand=require(item, "brand", where), labels=labels,
                            domains=tuple(domains),
                            open_pages=string_tuple(item, "open_pages", where)))
    return tuple(brands)


def make_official(domains: dict[str, str], shorteners: Iterable[str],
                  brand_labels: dict[str, str],
                  brands: Iterable[Brand] = ()) -> Official:
    """Build the :class:`Official` table (domains map domain -> registry id); the brands
    of brands.toml add their names and their own domains."""
    labels = dict(brand_labels)
    own: dict[str, str] = {}
    open_pages: list[str] = []
    for brand in brands:
        open_pages.extend(brand.open_pages)
        for domain in brand.domains:
            if domain not in domains:  # a registry site stays official
                own[domain] = brand.id
        for label in brand.labels:
            labels.setdefault(label, brand.domains[0])
    return Official(domains=dict(domains), shorteners=frozenset(shorteners),
                    brand_labels=labels, brand_domains=own, open_pages=tuple(open_pages))
