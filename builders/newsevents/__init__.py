"""newsevents: news articles become versioned tables of events, actors and locations."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsevents")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
