"""Mailbox passwords and sign-in tokens in the operating system's keyring (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) — never in the store or a settings file."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

SERVICE = "Høringsdesk"
NO_KEYRING = (
    "Der er ingen nøglering (keyring) på denne computer, så adgangskoden kan ikke gemmes "
    "sikkert. På Windows og macOS er den indbygget; på Linux skal Secret Service (fx GNOME "
    "Keyring eller KWallet) køre. Kontakt IT."
)


class SecretError(Exception):
    """The keyring could not be used (the reason is a Danish sentence)."""


def password_key(username: str, host: str) -> str:
    """The keyring entry of a mailbox's password (shared by every consultation using it)."""
    return f"imap:{username}@{host.lower()}"


def token_key(username: str, tenant: str, client_id: str) -> str:
    """The keyring entry of a Microsoft 365 sign-in (its refresh token)."""
    return f"oauth2:{username}@{tenant}/{client_id}"


def store(key: str, secret: str) -> None:
    try:
        keyring.set_password(SERVICE, key, secret)
    except NoKeyringError as exc:
        raise SecretError(NO_KEYRING) from exc
    except KeyringError as exc:
        raise SecretError(f"Adgangskoden kunne ikke gemmes i nøgleringen: {exc}") from exc


def load(key: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, key)
    except NoKeyringError as exc:
        raise SecretError(NO_KEYRING) from exc
    except KeyringError as exc:
        raise SecretError(f"Nøgleringen kunne ikke læses: {exc}") from exc


def delete(key: str) -> None:
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        pass  # nothing stored: nothing to delete
    except NoKeyringError as exc:
        raise SecretError(NO_KEYRING) from exc
    except KeyringError as exc:
        raise SecretError(f"Adgangskoden kunne ikke slettes fra nøgleringen: {exc}") from exc
