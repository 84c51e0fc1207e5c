"""Rate limits shared by every Rasa instance through Redis, or in one instance's memory.

Built on the `limits` library's moving window. A door's options speak of a
bucket of `burst` requests refilled at `per_minute`; that becomes a window of
`burst` hits per `burst / per_minute` minutes, which keeps both the burst and
the long-run rate.

The budget lives in Redis when the conversations' lock store does
(LOCK_STORE_TYPE=redis): that is how a deployment says several instances
serve the same conversations, and N instances must not allow N times the rate.
Otherwise it lives in memory, which is right for one instance.

`limits` 2.4 is the newest release that accepts the `packaging<21` Rasa 3.6
pins, and its asyncio storages need coredis, so the synchronous client runs in
a worker thread: a slow Redis must not stall the event loop. If Redis fails,
the request is allowed and a warning logged; the lock store fails the same
request anyway, and a limit must not turn an outage into refusals of its own.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time

import redis
from limits import RateLimitItemPerSecond
from limits.storage import Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter

from bot.settings import Settings

logger = logging.getLogger(__name__)
REDIS_TIMEOUT_SECONDS = 2


def shared_storage(settings: Settings) -> Storage:
    """Redis when the deployment shares its locks there, else this process's memory."""
    if settings.lock_store_type == "redis":
        uri = f"redis://{settings.redis_host}:{settings.redis_port}/{settings.redis_db}"
        return storage_from_string(uri, socket_timeout=REDIS_TIMEOUT_SECONDS,
                                   socket_connect_timeout=REDIS_TIMEOUT_SECONDS)
    return storage_from_string("memory://")


class RateLimiter:
    """`burst` requests per key, refilled at `per_minute`, counted in `storage`."""

    def __init__(self, name: str, burst: int, per_minute: float, storage: Storage) -> None:
        self.name = name
        self.storage = storage  # `limits` keeps only a weak reference to it
        self.item = RateLimitItemPerSecond(burst, max(1, math.ceil(burst * 60 / per_minute)))
        self.strategy = MovingWindowRateLimiter(storage)

    def hit_now(self, key: str) -> float:
        """Take one request from `key`'s budget: 0 if allowed, else seconds to wait."""
        try:
            if self.strategy.hit(self.item, self.name, key):
                return 0.0
            reset, _ = self.strategy.get_window_stats(self.item, self.name, key)
        except redis.RedisError as problem:
            logger.warning("rate_limit.unavailable limit=%s error=%s", self.name,
                           type(problem).__name__)
            return 0.0
        return max(1.0, reset - time.time())

    async def hit(self, key: str) -> float:
        return await asyncio.to_thread(self.hit_now, key)
