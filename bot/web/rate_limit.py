"""Token-bucket rate limits kept in the memory of one Rasa instance.

Each key (a conversation, a client address) has a bucket of `burst` requests
that refills at `per_minute`. The buckets are per instance: behind a load
balancer with N instances a client may get up to N times the rate. That still
stops a runaway script from flooding an instance; a limit shared by all
instances would need a shared store such as Redis.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Callable


class RateLimiter:
    """Buckets per key; the least recently used keys are forgotten past `max_keys`."""

    def __init__(self, burst: int, per_minute: float, max_keys: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_minute / 60
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def hit(self, key: str) -> float:
        """Take one request from `key`'s bucket: 0 if allowed, else seconds to wait."""
        now = self.clock()
        tokens, updated = self._buckets.pop(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - updated) * self.per_second)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.per_second
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return wait
