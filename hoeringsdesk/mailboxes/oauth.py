"""Microsoft 365 sign-in for IMAP (XOAUTH2) with MSAL's device-code flow: the officer opens
a web page and types a code; the refresh token is kept in the OS keyring."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hoeringsdesk.domain.mailbox import MailboxInfo
from hoeringsdesk.domain.progress import Cancel
from hoeringsdesk.mailboxes import secrets
from hoeringsdesk.mailboxes.imap import MailboxError

SCOPES = ["https://outlook.office365.com/IMAP.AccessAsUser.All"]  # MSAL adds offline_access
AUTHORITY = "https://login.microsoftonline.com/{tenant}"


@dataclass(frozen=True)
class DeviceCode:
    """What the officer is shown: a web address and a code to type there."""

    message: str  # Microsoft's own instruction, with address and code
    verification_uri: str
    user_code: str
    flow: dict[str, Any]


def _app(info: MailboxInfo) -> Any:
    import msal  # loaded only for a Microsoft 365 mailbox (it talks to the network at once)

    if not info.oauth_client_id:
        raise MailboxError(
            "Postkassen mangler programmets klient-id fra Microsoft Entra (IT registrerer "
            "Høringsdesk som app og oplyser id'et)."
        )
    return msal.PublicClientApplication(
        info.oauth_client_id, authority=AUTHORITY.format(tenant=info.oauth_tenant or "common")
    )


def _key(info: MailboxInfo) -> str:
    return secrets.token_key(info.username, info.oauth_tenant or "common", info.oauth_client_id)


class MicrosoftSignIn:
    """The device-code flow and token refresh, behind the same interface as a password."""

    def start(self, info: MailboxInfo) -> DeviceCode:
        flow = _app(info).initiate_device_flow(scopes=SCOPES)
        if "user_code" not in flow:
            raise MailboxError(
                f"Microsoft 365-login kunne ikke startes: {flow.get('error_description', flow)}"
            )
        return DeviceCode(flow["message"], flow["verification_uri"], flow["user_code"], flow)

    def finish(self, info: MailboxInfo, code: DeviceCode, cancel: Cancel) -> None:
        """Wait for the officer to sign in; keep the refresh token in the keyring."""
        result = _app(info).acquire_token_by_device_flow(
            code.flow, exit_condition=lambda _flow: cancel()
        )
        token = result.get("refresh_token")
        if not token:
            raise MailboxError(
                f"Microsoft 365-login lykkedes ikke: {result.get('error_description', result)}"
            )
        secrets.store(_key(info), token)

    def access_token(self, info: MailboxInfo) -> str:
        """A fresh access token from the kept refresh token (which is renewed as it goes)."""
        refresh = secrets.load(_key(info))
        if not refresh:
            raise MailboxError(
                f"Der er ikke logget ind på Microsoft 365 for {info.username}. Log ind under "
                "postkassens indstillinger."
            )
        result = _app(info).acquire_token_by_refresh_token(refresh, scopes=SCOPES)
        if "access_token" not in result:
            raise MailboxError(
                "Microsoft 365-login er udløbet eller tilbagekaldt; log ind igen under "
                f"postkassens indstillinger ({result.get('error_description', '')})."
            )
        if result.get("refresh_token"):
            secrets.store(_key(info), result["refresh_token"])
        return str(result["access_token"])

    def forget(self, info: MailboxInfo) -> None:
        secrets.delete(_key(info))
