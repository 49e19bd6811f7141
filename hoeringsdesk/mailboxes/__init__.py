"""Mailboxes outside the app: IMAP sessions, the OS keyring, Microsoft 365 sign-in (no store)."""
