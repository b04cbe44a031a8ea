"""Each file's size and digest against datapackage.json, hashed in chunks (memory stays flat).

hashlib releases the GIL on large buffers, so this runs in a thread beside the table checks.
"""

from __future__ import annotations

import hashlib

from ..problems import Problem
from .descriptor import Resource

CHUNK = 1 << 20


def file_digest(resource: Resource) -> str:
    digest = hashlib.new(resource.hash_algorithm or "sha256")
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    with resource.path.open("rb") as handle:
        while read := handle.readinto(buffer):
            digest.update(view[:read])
    return digest.hexdigest()


def check_integrity(resource: Resource) -> list[Problem]:
    """Problems with the file's size or digest; none when the file is missing (reported elsewhere)."""
    problems = []
    try:
        size = resource.path.stat().st_size
        if resource.bytes is not None and size != resource.bytes:
            problems.append(Problem(resource.display, message=f"the file has {size:,} bytes; datapackage.json says "
                                    f"{resource.bytes:,}", expected=f"{resource.bytes} bytes", rule="bytes"))
        if resource.digest is not None:
            actual = file_digest(resource)
            if actual != resource.digest:
                problems.append(Problem(
                    resource.display, message=f"the file's {resource.hash_algorithm} is {actual}; datapackage.json "
                    f"says {resource.digest}", expected=f"{resource.hash_algorithm}:{resource.digest}", rule="hash"))
    except OSError:
        pass
    return problems
