"""A bare site name made for one campaign ("parcel-redelivery.com", "ezpass-toll.top").

Smishing often gives its site with no "https://", "www" or path; such a name is still a
link to follow, unlike a site named in passing ("утечка с сайта zaimer.kz"). The shapes
(``engine._match_shapes``) count it as one; the strong link combos of the rules do not.
"""

from __future__ import annotations

#: Top-level domains of cheap, throwaway sites that smishing campaigns often register
#: (the train part's delivery and toll texts use several); a bank's or a courier's own
#: site does not sit under them.
_CHEAP_TLDS = frozenset({
    "top", "xyz", "icu", "vip", "cc", "buzz", "cfd", "sbs", "click", "link", "rest", "lol",
    "help", "support", "win", "bid", "shop", "online", "site", "live", "life", "info",
    "cyou", "mom", "ink", "tk", "ml", "ga", "cf", "gq", "pw", "one", "world", "asia",
})


def made_up_site(domain: str) -> bool:
    """A bare site name made for one campaign ("evri-redelivery.com", "ezpass-toll.top"),
    not a site named in passing ("zaimer.kz"): a top-level domain that smishing favours,
    or a hyphen or a digit in a name under a generic one. Country domains ("e-bgpb.by",
    "1cupis.ru": banks' own sites in real notices) need a local registrant, so a
    campaign rarely uses them. The shapes count such a site as a link to follow."""
    name, _, tld = domain.rpartition(".")
    if tld in _CHEAP_TLDS:
        return True
    return len(tld) > 2 and ("-" in name or any(c.isdigit() for c in name))
