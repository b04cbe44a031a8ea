"""The schema's SemVer version: stamped into every generated artifact and published file."""

__version__ = "1.3.6"
