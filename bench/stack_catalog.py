"""What the benches against the tests' stack share: the app's catalog on it, and cleaning up.

Used by bench/whole_products.py and bench/grid_push.py (they put the repo on sys.path).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from desktop_app.config import MedusaAuth, Profile
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import open_shop
from desktop_app.store import CatalogStore


class DeletesProducts(Protocol):
    async def delete_product(self, product_id: str) -> None: ...


def catalog_for(name: str, info: Any, db: Path, *, password: bool = False) -> OfflineCatalog:
    """An offline catalog in ``db`` on the stack ``info`` (a StackInfo) describes, as
    profile ``name`` with the stack's Medusa secret key (``password``: its admin's email
    and password, a session token) and Payload editor key."""
    secrets = InMemorySecretStore()
    if password:
        secrets.set(name, SecretKind.MEDUSA_PASSWORD, Secret(info.medusa_password))
    else:
        secrets.set(name, SecretKind.MEDUSA_SECRET_KEY, Secret(info.medusa_secret_key))
    secrets.set(name, SecretKind.PAYLOAD_API_KEY, Secret(info.editor_key))
    auth = MedusaAuth.EMAIL_PASSWORD if password else MedusaAuth.SECRET_KEY
    profile = Profile(name=name, medusa_url=info.medusa_url, medusa_auth=auth,
                      medusa_email=info.medusa_email if password else None,
                      payload_url=info.payload_url)
    return OfflineCatalog(CatalogStore.open(db), open_shop(profile, secrets))


async def delete_products(client: DeletesProducts, ids: Iterable[str]) -> None:
    """Deletes every product of ``ids``; one that fails is reported and the rest go on."""
    for pid in ids:
        try:
            await client.delete_product(pid)
        except Exception as exc:  # keep deleting the rest
            print(f"  could not delete {pid}: {exc}")
