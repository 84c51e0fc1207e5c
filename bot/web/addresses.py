"""The visitor's address, read through the proxies a deployment says it trusts.

`X-Forwarded-For` is a list anyone can write. Only the proxies named in
TRUSTED_PROXIES (addresses or networks) are believed: the header is read from
the right, past each trusted hop, and the first address that is not a trusted
proxy is the visitor. A request whose peer is not a trusted proxy is its own
visitor, whatever its headers say, so a client talking to Rasa directly cannot
pick the address it is counted under.

This replaces Sanic's PROXIES_COUNT, which believes the Nth entry from the
right whoever sent it: with a TLS terminator in front of nginx that entry is
the terminator, and every visitor would share one address.
"""

from __future__ import annotations

import ipaddress
from typing import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
#: Headers a proxy adds; their presence means the request did not start here.
FORWARDING_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")


def trusted_networks(specs: Iterable[str]) -> tuple[Network, ...]:
    """Networks from "10.0.0.5, 172.16.0.0/12"; a typo raises ValueError at startup."""
    return tuple(ipaddress.ip_network(spec.strip(), strict=False) for spec in specs if spec.strip())


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks: tuple[Network, ...]) -> bool:
    return address is not None and any(address in network for network in networks)


def client_address(peer: str, forwarded_for: str | None, networks: tuple[Network, ...]) -> str:
    """The visitor's address: the peer, unless trusted proxies forwarded the request."""
    if not _trusted(_address(peer), networks):
        return peer
    visitor = peer
    for hop in reversed((forwarded_for or "").split(",")):
        address = _address(hop)
        if address is None:
            break
        visitor = str(address)
        if not _trusted(address, networks):
            break
    return visitor


#: The addresses local clients (`make run`, the tests, scripts) connect from; the
#: rest of 127.0.0.0/8 is unusual enough not to be trusted without a token.
LOCAL_ADDRESSES = frozenset({ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1")})


def is_local(peer: str, headers) -> bool:
    """A request from 127.0.0.1 or ::1 that no proxy passed on (development and tests)."""
    forwarded = any(headers.get(name) for name in FORWARDING_HEADERS)
    return _address(peer) in LOCAL_ADDRESSES and not forwarded
