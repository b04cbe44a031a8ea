"""newsevents: news articles become versioned tables of events, actors and locations."""


def __getattr__(name: str) -> str:
    """`__version__`, looked up only when asked for: importlib.metadata costs every command 40 ms."""
    if name != "__version__":
        raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsevents")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"
