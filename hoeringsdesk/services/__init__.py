"""Use cases: small named operations on the store; take sessions, return domain records."""
