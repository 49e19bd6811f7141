"""Errors a service raises for the officer to read (one clear line, in Danish)."""


class ServiceError(Exception):
    """A use case refused or failed; the message is meant for the officer."""


class NotFound(ServiceError):
    """The thing asked for does not exist (any more)."""


class ConflictError(ServiceError):
    """Someone else changed the same thing first; nothing was overwritten."""
