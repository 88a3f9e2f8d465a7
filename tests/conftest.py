"""Suite-wide test settings."""

from __future__ import annotations

from hypothesis import settings

# Property tests check what holds, not how fast: hypothesis' default 200 ms deadline per example fails at random
# on a loaded 2-core machine (one tests/web run did), so no test has a deadline.
settings.register_profile("rasd", deadline=None)
settings.load_profile("rasd")
