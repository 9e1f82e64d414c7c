"""A request-rate limiter shared by every thread and process that uses the same state file.

NCBI allows 3 requests/s without an API key and 10/s with one, per user. The
limiter keeps the time of the last granted slot in a small file under an
exclusive lock, so several workers (threads or processes) together stay under
the limit; without a file it is shared by the threads of one process.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path


class RateLimiter:
    """Grants at most ``rate`` slots per second to all users of the same ``state_file``."""

    def __init__(
        self, rate: float, state_file: Path | None = None, clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.clock = clock
        self.sleep = sleep
        # A 5% margin keeps the rate seen at the server under the limit despite jitter between a slot and its send.
        self.interval = 1.05 / rate
        self.state_file = state_file
        self._lock = threading.Lock()
        self._last = 0.0
        if state_file is not None:
            state_file.parent.mkdir(parents=True, exist_ok=True)

    def acquire(self) -> float:
        """Block until a slot is free; return the time the caller was let go (at its slot, or later).

        On a loaded machine a sleeper wakes late: the slot it leaves at is the one recorded, so the next caller is
        spaced from when this one really went, and no second ever holds more than ``rate`` requests.
        """
        with self._lock:
            if self.state_file is None:
                slot = max(self.clock(), self._last + self.interval)
                self._last = slot
            else:
                slot = self._acquire_shared(None)
            delay = slot - self.clock()
            if delay > 0:
                self.sleep(delay)
            went = self.clock()
            if went > slot:
                if self.state_file is None:
                    self._last = max(self._last, went)
                else:
                    self._acquire_shared(went)
        return max(went, slot)

    def _acquire_shared(self, went: float | None) -> float:
        """Take the next slot from the state file (``went`` None), or record that the last slot left late, at ``went``."""
        assert self.state_file is not None
        fd = os.open(self.state_file, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            raw = os.read(fd, 64).decode("ascii", "replace").strip()
            try:
                last = float(raw) if raw else 0.0
            except ValueError:
                last = 0.0
            slot = max(last, went) if went is not None else max(self.clock(), last + self.interval)
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, f"{slot:.6f}".encode("ascii"))
            return slot
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
