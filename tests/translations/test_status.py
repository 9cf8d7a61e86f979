"""Status per product and locale (issue 16): missing, outdated, done, kept by marks.

The store judges a product whenever its rows are rebuilt (a pull, a push, an edit, a discard);
a stateful test interleaves all of these against a model of the rule: a translation is
outdated when its source is not the one it was first seen against.
"""

from __future__ import annotations

import itertools
from typing import Any

import hypothesis.strategies as st
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from desktop_app.richtext import editor_markdown_to_lexical
from desktop_app.store import CatalogStore
from desktop_app.store import translations as translation_store
from desktop_app.translations.setup import build
from desktop_app.translations.status import State

SETUP = build(source="en", payload_fields=("title", "description"),
              payload_locales=("en", "de", "fr"), medusa_fields=("title", "description"),
              medusa_locales=("de-DE", "fr-FR"))
PID = "prod_1"
_stamps = itertools.count(1)


def stamp() -> str:
    return f"2026-01-01T00:00:{next(_stamps) % 60:02d}.{next(_stamps) % 1000:03d}Z"


def payload_doc(title: str, description: Any = None, **locales: dict[str, Any]) -> dict[str, Any]:
    return {"id": "1", "medusa_id": PID, "title": title, "description": description,
            "seo": {}, "images": [], "thumbnail": None, "updated_at": None, "locales": locales}


def medusa_product(title: str = "Lamp", description: str | None = None,
                   **translations: dict[str, str]) -> dict[str, Any]:
    return {"id": PID, "title": title, "description": description, "variants": [],
            "updated_at": None, "deleted_at": None, "translations": {
                code: {"id": f"trans_{code}", "values": values}
                for code, values in translations.items()}}


def store_with(payload: dict[str, Any], medusa: dict[str, Any]) -> CatalogStore:
    store = CatalogStore.open(":memory:")
    with store.transaction():
        translation_store.save_setup(store.conn, SETUP)
    store.save_medusa([medusa])
    store.save_payload([payload])
    return store


def status(store: CatalogStore) -> dict[str, tuple[str, dict[str, str]]]:
    return {r.locale: (r.status, r.fields)
            for r in translation_store.statuses(store.conn, [PID])}


def test_missing_until_every_source_is_translated_then_done_then_outdated() -> None:
    store = store_with(payload_doc("Lamp"), medusa_product("Lamp", "A lamp"))
    found = status(store)
    assert found["de"] == ("missing", {
        "locales.de.title": "missing", "locales.de.description": "empty",
        "translations.de-DE.title": "missing", "translations.de-DE.description": "missing"})
    store.outbox.record(PID, {"locales.de.title": "Lampe", "translations.de-DE.title": "Lampe",
                              "translations.de-DE.description": "Eine Lampe"},
                        {"locales.de.title": None})
    store.refresh_rows([PID])
    assert status(store)["de"][0] == "done" and status(store)["fr"][0] == "missing"
    # Medusa's English description changes: only its German translation is outdated.
    changed = medusa_product("Lamp", "A reading lamp")
    del changed["translations"]  # a pull reads no translations: the stored ones stay
    store.save_medusa([changed])
    de = status(store)["de"]
    assert de[0] == "outdated"
    assert de[1]["translations.de-DE.description"] == "outdated"
    assert de[1]["locales.de.title"] == "done"


def test_a_translation_pulled_first_is_done_and_one_changed_in_the_admin_too() -> None:
    store = store_with(payload_doc("Lamp", None, de={"title": "Lampe"}), medusa_product())
    assert status(store)["de"][1]["locales.de.title"] == "done"  # first seen: current source
    store.save_payload([payload_doc("Reading lamp", None, de={"title": "Lampe"})])
    assert status(store)["de"][1]["locales.de.title"] == "outdated"
    store.save_payload([payload_doc("Reading lamp", None, de={"title": "Leselampe"})])
    assert status(store)["de"][1]["locales.de.title"] == "done"  # re-translated meanwhile


def test_a_description_is_compared_by_structure_and_changes_by_text() -> None:
    english = editor_markdown_to_lexical("## Lamp\n\nA **warm** light.")
    store = store_with(payload_doc("Lamp", english, de={
        "title": "Lampe", "description": editor_markdown_to_lexical("## Lampe\n\nWarm.")}),
        medusa_product())
    assert status(store)["de"][1]["locales.de.description"] == "done"
    reordered = {"root": dict(reversed(list(english["root"].items())))}
    store.save_payload([payload_doc("Lamp", reordered, de=store.payload(PID)["locales"]["de"])])
    assert status(store)["de"][1]["locales.de.description"] == "done"  # key order is nothing
    store.save_payload([payload_doc("Lamp", editor_markdown_to_lexical(
        "## Lamp\n\nA **warm** light, dimmable."), de=store.payload(PID)["locales"]["de"])])
    assert status(store)["de"][1]["locales.de.description"] == "outdated"


def test_a_read_without_translations_keeps_them() -> None:
    store = store_with(payload_doc("Lamp", None, de={"title": "Lampe"}),
                       medusa_product(**{"de-DE": {"title": "Lampe"}}))
    plain = payload_doc("Lamp")
    del plain["locales"]
    store.save_payload([plain])  # a push's answer, a pull before the setup
    medusa = medusa_product()
    del medusa["translations"]
    store.save_medusa([medusa])
    assert store.payload(PID)["locales"] == {"de": {"title": "Lampe"}}
    assert store.medusa(PID)["translations"]["de-DE"]["values"] == {"title": "Lampe"}


def test_a_shop_without_a_setup_judges_nothing() -> None:
    store = CatalogStore.open(":memory:")
    store.save_medusa([medusa_product()])
    store.save_payload([payload_doc("Lamp", None, de={"title": "Lampe"})])
    assert translation_store.statuses(store.conn) == []
    assert store.conn.execute("SELECT count(*) FROM translation_marks").fetchone()[0] == 0


def test_the_quality_rule_counts_the_locales_done() -> None:
    store = store_with(payload_doc("Lamp"), medusa_product("Lamp"))
    facts = store.conn.execute("SELECT quality_facts FROM catalog_rows").fetchone()[0]
    assert facts.endswith("|")  # no locale done
    store.outbox.record(PID, {"locales.fr.title": "Lampe", "translations.fr-FR.title": "Lampe"},
                        {})
    store.refresh_rows([PID])
    facts = store.conn.execute("SELECT quality_facts FROM catalog_rows").fetchone()[0]
    assert facts.endswith("|fr")
    from desktop_app.quality import stored

    assert stored.locales(store.conn) == ("de", "fr")


# ---------------------------------------------------------------- interleavings
SOURCES = ("Lamp", "Reading lamp", "Desk lamp")
TARGETS = ("Lampe", "Leselampe", "Tischlampe")


class Marks(RuleBasedStateMachine):
    """Pulls of the source and of the translation, edits, discards and pushes, in any order:
    the German title's status is always what the rule says."""

    def __init__(self) -> None:
        super().__init__()
        self.source = SOURCES[0]
        self.server: str | None = None  # Payload's German title
        self.pending: str | None = None  # an edit waiting in the outbox
        self.seq: int | None = None
        self.seen: dict[str, str] = {}  # translation -> source when first seen
        self.store = store_with(payload_doc(self.source), medusa_product())

    def _save(self) -> None:
        self.store.save_payload([payload_doc(self.source, None, de={"title": self.server})])

    def _observe(self) -> None:
        merged = self.pending if self.pending is not None else self.server
        if merged and merged not in self.seen:
            self.seen[merged] = self.source

    @rule(text=st.sampled_from(SOURCES))
    def source_changes(self, text: str) -> None:
        self.source = text
        self._save()
        self._observe()

    @rule(text=st.sampled_from(TARGETS))
    def translation_changes_in_payload(self, text: str) -> None:
        self.server = text
        self._save()
        self._observe()

    @rule(text=st.sampled_from(TARGETS))
    def translator_edits(self, text: str) -> None:
        [self.seq] = self.store.outbox.record(PID, {"locales.de.title": text},
                                              {"locales.de.title": self.server})
        self.store.refresh_rows([PID])
        self.pending = text
        self._observe()

    @rule()
    def discard(self) -> None:
        if self.seq is None:
            return
        self.store.outbox.set_state([self.seq], "done", outcome="discarded")
        self.store.refresh_rows([PID])
        self.seq, self.pending = None, None
        self._observe()

    @rule()
    def push(self) -> None:
        if self.seq is None:
            return
        self.server, self.pending = self.pending, None
        with self.store.transaction():
            self.store.outbox.set_state([self.seq], "done", outcome="sent")
            self._save()
        self.seq = None
        self._observe()

    @invariant()
    def status_follows_the_rule(self) -> None:
        merged = self.pending if self.pending is not None else self.server
        expected = (State.MISSING if not merged else
                    State.DONE if self.seen[merged] == self.source else State.OUTDATED)
        found = status(self.store)["de"][1]["locales.de.title"]
        assert found == expected.value, (merged, self.source, self.seen)

    def teardown(self) -> None:
        self.store.close()


TestMarks = Marks.TestCase
TestMarks.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
