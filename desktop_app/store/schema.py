"""The catalog database schema as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. A migration is
never edited once released: change the schema by appending a new one.
"""

from __future__ import annotations

# Index i holds the SQL that takes the database from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (
    # 1: server copies, the searchable row table + FTS, cursors, outbox, run history.
    """
    CREATE TABLE medusa_products (
        id          TEXT PRIMARY KEY,
        handle      TEXT,
        title       TEXT,
        subtitle    TEXT,
        status      TEXT,
        description TEXT,
        metadata    TEXT,            -- JSON object or NULL
        variants    TEXT,            -- JSON [{id, title, sku, prices:[{currency_code, amount}]}]
        updated_at  TEXT,            -- ISO UTC with ms, as Medusa sent it
        deleted_at  TEXT,            -- soft delete seen with with_deleted=true
        raw         TEXT NOT NULL    -- the product as pulled (narrow fields)
    );

    CREATE TABLE payload_docs (
        id          TEXT PRIMARY KEY,  -- Payload ids are integers; kept as text
        medusa_id   TEXT,
        title       TEXT,
        subtitle    TEXT,
        description TEXT,              -- Lexical JSON
        seo         TEXT,              -- JSON group
        updated_at  TEXT,              -- Payload's updatedAt
        raw         TEXT NOT NULL
    );
    CREATE INDEX payload_docs_medusa_id ON payload_docs(medusa_id);

    -- One row per product as the list shows it: server copy + pending edits overlaid.
    -- Rebuilt per product whenever either server copy or its outbox changes.
    CREATE TABLE catalog_rows (
        rowid       INTEGER PRIMARY KEY,
        product_id  TEXT NOT NULL UNIQUE,   -- Medusa id (or the medusa_id of a Payload-only doc)
        payload_id  TEXT,
        title       TEXT NOT NULL,
        title_key   TEXT NOT NULL,          -- casefolded title, for sorting
        handle      TEXT NOT NULL,
        subtitle    TEXT NOT NULL,
        status      TEXT NOT NULL,
        skus        TEXT NOT NULL,          -- space separated
        description TEXT NOT NULL,          -- plain text
        search_text TEXT NOT NULL,          -- normalised tokens of the searched columns
        variants    INTEGER,
        updated_at  TEXT NOT NULL,
        sync_state  TEXT NOT NULL           -- conflict|failed|pending|linked|missing|orphan
    );
    CREATE INDEX catalog_rows_title ON catalog_rows(title_key, product_id);
    CREATE INDEX catalog_rows_updated ON catalog_rows(updated_at, product_id);
    CREATE INDEX catalog_rows_handle ON catalog_rows(handle);
    CREATE INDEX catalog_rows_status ON catalog_rows(status, title_key);
    CREATE INDEX catalog_rows_state ON catalog_rows(sync_state, title_key);

    CREATE VIRTUAL TABLE catalog_fts USING fts5(
        title, handle, subtitle, skus, description, product_id,
        content='catalog_rows', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 2",
        prefix='1 2 3'
    );
    CREATE TRIGGER catalog_rows_ai AFTER INSERT ON catalog_rows BEGIN
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id);
    END;
    CREATE TRIGGER catalog_rows_ad AFTER DELETE ON catalog_rows BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title, handle, subtitle, skus, description,
                                product_id)
        VALUES ('delete', old.rowid, old.title, old.handle, old.subtitle, old.skus,
                old.description, old.product_id);
    END;
    CREATE TRIGGER catalog_rows_au AFTER UPDATE ON catalog_rows BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title, handle, subtitle, skus, description,
                                product_id)
        VALUES ('delete', old.rowid, old.title, old.handle, old.subtitle, old.skus,
                old.description, old.product_id);
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id);
    END;

    CREATE TABLE sync_cursors (
        server          TEXT PRIMARY KEY,   -- 'medusa' | 'payload'
        cursor          TEXT,               -- max updated_at seen (server clock)
        full_pull_at    TEXT,               -- local clock, ISO
        reconciled_at   TEXT,               -- last id reconciliation, local clock
        pulls_since_reconcile INTEGER NOT NULL DEFAULT 0
    );

    -- One row per edited field. seq is the edit order; push follows it per product.
    CREATE TABLE outbox (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        product_id  TEXT NOT NULL,
        server      TEXT NOT NULL,          -- 'medusa' | 'payload'
        field       TEXT NOT NULL,          -- e.g. title, seo.meta_title, metadata.k
        base        TEXT,                   -- JSON: server value the user saw
        mine        TEXT,                   -- JSON: the user's value
        theirs      TEXT,                   -- JSON: server value at conflict
        state       TEXT NOT NULL,          -- queued|sending|locked|conflict|failed|done
        outcome     TEXT,                   -- for done: sent|already|theirs|discarded
        message     TEXT,
        attempts    INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX outbox_active ON outbox(state, product_id, seq);
    CREATE INDEX outbox_product ON outbox(product_id, field, seq);

    CREATE TABLE runs (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        kind        TEXT NOT NULL,          -- pull|push
        server      TEXT NOT NULL,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        ok          INTEGER,
        changed     INTEGER NOT NULL DEFAULT 0,
        deleted     INTEGER NOT NULL DEFAULT 0,
        message     TEXT
    );
    """,
    # 2: filter tokens in the FTS index (pure-FTS filtered counts) and a narrow copy of
    #    the sort keys (sorting thousands of FTS hits without reading the wide rows).
    """
    DROP TRIGGER catalog_rows_ai;
    DROP TRIGGER catalog_rows_ad;
    DROP TRIGGER catalog_rows_au;
    DROP TABLE catalog_fts;

    ALTER TABLE catalog_rows ADD COLUMN facets TEXT NOT NULL DEFAULT '';
    -- Same tokens as desktop_app.store.tokens.facets() for the plain-word values in use.
    UPDATE catalog_rows SET facets =
        'zs' || CASE WHEN status = '' THEN 'none' ELSE lower(status) END
        || ' zy' || sync_state;

    CREATE VIRTUAL TABLE catalog_fts USING fts5(
        title, handle, subtitle, skus, description, product_id, facets,
        content='catalog_rows', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 2",
        prefix='1 2 3'
    );
    INSERT INTO catalog_fts(catalog_fts) VALUES ('rebuild');

    CREATE TABLE sort_keys (
        rowid       INTEGER PRIMARY KEY,    -- = catalog_rows.rowid
        product_id  TEXT NOT NULL,
        title_key   TEXT NOT NULL,
        handle      TEXT NOT NULL,
        status      TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    INSERT INTO sort_keys SELECT rowid, product_id, title_key, handle, status, updated_at
        FROM catalog_rows;

    CREATE TRIGGER catalog_rows_ai AFTER INSERT ON catalog_rows BEGIN
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
        INSERT INTO sort_keys VALUES (new.rowid, new.product_id, new.title_key, new.handle,
                                      new.status, new.updated_at);
    END;
    CREATE TRIGGER catalog_rows_ad AFTER DELETE ON catalog_rows BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title, handle, subtitle, skus, description,
                                product_id, facets)
        VALUES ('delete', old.rowid, old.title, old.handle, old.subtitle, old.skus,
                old.description, old.product_id, old.facets);
        DELETE FROM sort_keys WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER catalog_rows_au AFTER UPDATE ON catalog_rows BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title, handle, subtitle, skus, description,
                                product_id, facets)
        VALUES ('delete', old.rowid, old.title, old.handle, old.subtitle, old.skus,
                old.description, old.product_id, old.facets);
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
        UPDATE sort_keys SET product_id = new.product_id, title_key = new.title_key,
            handle = new.handle, status = new.status, updated_at = new.updated_at
            WHERE rowid = old.rowid;
    END;
    """,
    # 3: bulk edits, remembered so that one step undoes a whole bulk edit.
    """
    CREATE TABLE bulk_ops (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        kind        TEXT NOT NULL,          -- status|seo|replace|csv
        description TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        products    INTEGER NOT NULL,
        fields      INTEGER NOT NULL,
        undone_at   TEXT                    -- set once the bulk edit is undone
    );
    -- One row per changed field: what it was and what the bulk edit made it.
    CREATE TABLE bulk_changes (
        bulk_id     INTEGER NOT NULL REFERENCES bulk_ops(id) ON DELETE CASCADE,
        product_id  TEXT NOT NULL,
        field       TEXT NOT NULL,
        before      TEXT,                   -- JSON: the value the merchant saw
        after       TEXT,                   -- JSON: the bulk edit's value
        seq         INTEGER NOT NULL,       -- the outbox entry that carries ``after``
        PRIMARY KEY (bulk_id, product_id, field)
    );
    """,
    # 4: outbox rows are versioned and claimed (a push settles a row only if the version it
    #    sent is still current and it still holds the claim); one pusher per store at a time.
    """
    ALTER TABLE outbox ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE outbox ADD COLUMN claim TEXT;      -- the push run that is sending it
    ALTER TABLE outbox ADD COLUMN inflight TEXT;   -- JSON: the value that run sends
    CREATE TABLE leases (
        name        TEXT PRIMARY KEY,       -- e.g. 'push'
        owner       TEXT NOT NULL,          -- host:pid:token of the holder
        expires_at  REAL NOT NULL           -- unix time; an expired lease is free
    );
    """,
    # 5: every list column sorts in SQL. Titles (and SKUs) in natural order: title_key is
    #    rebuilt with natural_key() (desktop_app.store.sort_keys, registered on each
    #    connection); Variants, SKUs and Sync get indexed keys, and sort_keys their copies.
    #    The update trigger is dropped while the keys are rebuilt: the FTS index does not
    #    hold them, so 100,000 rows are re-keyed without re-indexing their text.
    """
    DROP TRIGGER catalog_rows_ai;
    DROP TRIGGER catalog_rows_au;
    ALTER TABLE catalog_rows ADD COLUMN sku_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE catalog_rows ADD COLUMN sync_rank INTEGER NOT NULL DEFAULT 0;
    -- Ranks as desktop_app.store.sort_keys.SYNC_ORDER: needs attention first.
    UPDATE catalog_rows SET title_key = natural_key(title), sku_key = natural_key(skus),
        sync_rank = CASE sync_state WHEN 'conflict' THEN 0 WHEN 'failed' THEN 1
            WHEN 'pending' THEN 2 WHEN 'missing' THEN 3 WHEN 'orphan' THEN 4
            WHEN 'linked' THEN 5 ELSE 6 END;
    CREATE INDEX catalog_rows_variants ON catalog_rows(variants, title_key, product_id);
    CREATE INDEX catalog_rows_skus ON catalog_rows(sku_key, product_id);
    CREATE INDEX catalog_rows_sync ON catalog_rows(sync_rank, title_key, product_id);
    -- The whole ORDER BY in the index: a page far down needs no sort of a large group.
    DROP INDEX catalog_rows_handle;
    CREATE INDEX catalog_rows_handle ON catalog_rows(handle, product_id);
    DROP INDEX catalog_rows_status;
    CREATE INDEX catalog_rows_status ON catalog_rows(status, title_key, product_id);
    DROP INDEX catalog_rows_state;
    CREATE INDEX catalog_rows_state ON catalog_rows(sync_state, title_key, product_id);

    DROP TABLE sort_keys;
    CREATE TABLE sort_keys (
        rowid       INTEGER PRIMARY KEY,    -- = catalog_rows.rowid
        product_id  TEXT NOT NULL,
        title_key   TEXT NOT NULL,
        handle      TEXT NOT NULL,
        status      TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        variants    INTEGER,
        sku_key     TEXT NOT NULL,
        sync_rank   INTEGER NOT NULL
    );
    INSERT INTO sort_keys SELECT rowid, product_id, title_key, handle, status, updated_at,
        variants, sku_key, sync_rank FROM catalog_rows;

    CREATE TRIGGER catalog_rows_ai AFTER INSERT ON catalog_rows BEGIN
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
        INSERT INTO sort_keys VALUES (new.rowid, new.product_id, new.title_key, new.handle,
                                      new.status, new.updated_at, new.variants, new.sku_key,
                                      new.sync_rank);
    END;
    CREATE TRIGGER catalog_rows_au AFTER UPDATE ON catalog_rows BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title, handle, subtitle, skus, description,
                                product_id, facets)
        VALUES ('delete', old.rowid, old.title, old.handle, old.subtitle, old.skus,
                old.description, old.product_id, old.facets);
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
        UPDATE sort_keys SET product_id = new.product_id, title_key = new.title_key,
            handle = new.handle, status = new.status, updated_at = new.updated_at,
            variants = new.variants, sku_key = new.sku_key, sync_rank = new.sync_rank
            WHERE rowid = old.rowid;
    END;
    """,
    # 6: operations beyond field edits (create, delete, variants, options, stock), each
    #    claimed and settled like an outbox row; products created offline are local
    #    drafts in medusa_products (local=1) until their create is pushed; id_map keeps
    #    which server id a local id became; taxonomy holds the shop's categories,
    #    collections, tags, types, sales channels, stock locations and currencies.
    """
    CREATE TABLE operations (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        product_id  TEXT NOT NULL,          -- Medusa id, or the local id of a draft
        kind        TEXT NOT NULL,          -- create|delete|variant.add|... (store/operations.py)
        args        TEXT NOT NULL,          -- JSON object: what to do
        base        TEXT,                   -- JSON: the server value it was made against
        state       TEXT NOT NULL,          -- queued|sending|conflict|failed|done
        outcome     TEXT,                   -- for done: sent|already|theirs|discarded
        message     TEXT,
        field       TEXT,                   -- the field a server error names
        attempts    INTEGER NOT NULL DEFAULT 0,
        version     INTEGER NOT NULL DEFAULT 1,
        claim       TEXT,
        sent        INTEGER NOT NULL DEFAULT 0, -- a request may have reached the server
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX operations_active ON operations(state, product_id, seq);
    CREATE INDEX operations_product ON operations(product_id, seq);
    ALTER TABLE medusa_products ADD COLUMN local INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE id_map (
        local_id    TEXT PRIMARY KEY,       -- a draft's product or variant id
        server_id   TEXT NOT NULL,
        mapped_at   TEXT NOT NULL
    );
    CREATE TABLE taxonomy (
        kind        TEXT NOT NULL,  -- category|collection|tag|type|channel|location|currency
        id          TEXT NOT NULL,
        name        TEXT NOT NULL,
        parent_id   TEXT,                   -- categories: the parent category
        handle      TEXT,
        raw         TEXT,
        PRIMARY KEY (kind, id)
    );
    """,
    # 7: the Stock column (available = stocked - reserved over the variants whose stock
    #    Medusa manages; NULL when none does) sorts in SQL like every column; organise and
    #    stock filters are facet tokens (tokens.facets), which need no schema change.
    #    taxonomy_reads says when each kind was last read. Records pulled before lack
    #    organise, variant details and stock: the next Medusa pull is a full one.
    """
    DROP TRIGGER catalog_rows_ai;
    DROP TRIGGER catalog_rows_au;
    ALTER TABLE catalog_rows ADD COLUMN stock INTEGER;
    ALTER TABLE sort_keys ADD COLUMN stock INTEGER;
    CREATE INDEX catalog_rows_stock ON catalog_rows(stock, title_key, product_id);

    CREATE TRIGGER catalog_rows_ai AFTER INSERT ON catalog_rows BEGIN
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
        INSERT INTO sort_keys (rowid, product_id, title_key, handle, status, updated_at,
                               variants, sku_key, sync_rank, stock)
        VALUES (new.rowid, new.product_id, new.title_key, new.handle, new.status,
                new.updated_at, new.variants, new.sku_key, new.sync_rank, new.stock);
    END;
    CREATE TRIGGER catalog_rows_au AFTER UPDATE ON catalog_rows BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title, handle, subtitle, skus, description,
                                product_id, facets)
        VALUES ('delete', old.rowid, old.title, old.handle, old.subtitle, old.skus,
                old.description, old.product_id, old.facets);
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
        UPDATE sort_keys SET product_id = new.product_id, title_key = new.title_key,
            handle = new.handle, status = new.status, updated_at = new.updated_at,
            variants = new.variants, sku_key = new.sku_key, sync_rank = new.sync_rank,
            stock = new.stock
            WHERE rowid = old.rowid;
    END;

    CREATE INDEX taxonomy_parent ON taxonomy(kind, parent_id);  -- categories below one
    CREATE TABLE taxonomy_reads (
        kind        TEXT PRIMARY KEY,       -- as taxonomy.kind
        read_at     TEXT NOT NULL           -- local clock, ISO
    );
    UPDATE sync_cursors SET cursor = NULL WHERE server = 'medusa';
    """,
    # 8: content quality (desktop_app/quality). Each row keeps its completeness score
    #    (0-100; NULL until scored), the rules it fails and those that do not apply to it
    #    (bit masks, quality.rules.BITS) and the facts the rules look at (JSON), so the
    #    list sorts and filters by score in SQL and a change of the rules, the regions or
    #    alt texts re-scores the catalog from the facts alone. The FTS index holds none of
    #    them: its update trigger now fires only for the columns it indexes, so writing
    #    scores re-indexes no text (sort_keys, the narrow copy, still follows every
    #    update). ``media`` keeps the alt text of Payload's media docs (the pull reads
    #    them since this version); ``quality_settings`` the rules in force and what the
    #    scores were computed from. Rows stored before have no facts: the catalog scores
    #    them (quality.upkeep) at the next pull or report.
    """
    DROP TRIGGER catalog_rows_ai;
    DROP TRIGGER catalog_rows_au;
    ALTER TABLE catalog_rows ADD COLUMN quality INTEGER;
    ALTER TABLE catalog_rows ADD COLUMN quality_fails INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE catalog_rows ADD COLUMN quality_na INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE catalog_rows ADD COLUMN quality_facts TEXT;
    ALTER TABLE sort_keys ADD COLUMN quality INTEGER;
    ALTER TABLE sort_keys ADD COLUMN quality_fails INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX catalog_rows_quality ON catalog_rows(quality, title_key, product_id);

    CREATE TRIGGER catalog_rows_ai AFTER INSERT ON catalog_rows BEGIN
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
        INSERT INTO sort_keys (rowid, product_id, title_key, handle, status, updated_at,
                               variants, sku_key, sync_rank, stock, quality, quality_fails)
        VALUES (new.rowid, new.product_id, new.title_key, new.handle, new.status,
                new.updated_at, new.variants, new.sku_key, new.sync_rank, new.stock,
                new.quality, new.quality_fails);
    END;
    CREATE TRIGGER catalog_rows_au AFTER UPDATE OF title, handle, subtitle, skus, description,
                                                   product_id, facets ON catalog_rows BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title, handle, subtitle, skus, description,
                                product_id, facets)
        VALUES ('delete', old.rowid, old.title, old.handle, old.subtitle, old.skus,
                old.description, old.product_id, old.facets);
        INSERT INTO catalog_fts(rowid, title, handle, subtitle, skus, description, product_id,
                                facets)
        VALUES (new.rowid, new.title, new.handle, new.subtitle, new.skus, new.description,
                new.product_id, new.facets);
    END;
    CREATE TRIGGER catalog_rows_au_keys AFTER UPDATE ON catalog_rows BEGIN
        UPDATE sort_keys SET product_id = new.product_id, title_key = new.title_key,
            handle = new.handle, status = new.status, updated_at = new.updated_at,
            variants = new.variants, sku_key = new.sku_key, sync_rank = new.sync_rank,
            stock = new.stock, quality = new.quality, quality_fails = new.quality_fails
            WHERE rowid = old.rowid;
    END;

    CREATE TABLE media (
        id          TEXT PRIMARY KEY,       -- Payload media id, as text
        alt         TEXT NOT NULL,          -- '' when the doc has none
        updated_at  TEXT                    -- Payload's updatedAt
    );
    CREATE TABLE quality_settings (
        key         TEXT PRIMARY KEY,       -- rules | inputs | locales | media_read_at
        value       TEXT NOT NULL           -- JSON
    );
    """,
    # 9: the timeline of each product (issue 16, desktop_app/timeline). A server copy the
    #    store saves whose editable content differs from the last one recorded for its
    #    product and server becomes a state (store/timeline_states.py); the head row keeps
    #    that last hash, so an unchanged copy costs one lookup and no write, and how many
    #    states are kept and were let go (the last KEEP per product and server stay).
    #    Pushed edits are the outbox's settled rows and Payload's versions are Payload's:
    #    neither is copied here.
    """
    CREATE TABLE timeline_states (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        product_id  TEXT NOT NULL,          -- Medusa id (a Payload doc's medusa_id)
        server      TEXT NOT NULL,          -- medusa | payload
        doc_id      TEXT NOT NULL,          -- the server's id of the copy (Payload's doc id)
        hash        TEXT NOT NULL,          -- of the canonical editable content
        content     TEXT NOT NULL,          -- JSON {field: value}, fields as edit() takes them
        server_at   TEXT,                   -- the copy's updated_at (server clock)
        seen_at     TEXT NOT NULL           -- when the store saved it (local clock)
    );
    CREATE INDEX timeline_states_product ON timeline_states(product_id, server, id);
    CREATE TABLE timeline_heads (
        product_id  TEXT NOT NULL,
        server      TEXT NOT NULL,
        hash        TEXT NOT NULL,          -- the last state's
        server_at   TEXT,                   -- the last state's updated_at
        kept        INTEGER NOT NULL,       -- states kept in timeline_states
        dropped     INTEGER NOT NULL DEFAULT 0,  -- older states let go
        dropped_until TEXT,                 -- seen_at of the newest state let go
        PRIMARY KEY (product_id, server)
    ) WITHOUT ROWID;
    """,
    # 10: translations (issue 16, desktop_app/translations, store/translations.py). The
    #     shop's translation setup (which locales and fields, from its capabilities) and the
    #     cursors of the translation reads; per translation value a mark (its hash and its
    #     source's hash when the app first saw it: a source that moved since makes it
    #     outdated); per product and locale the status the marks give, kept in step with
    #     catalog_rows by refresh_rows. The values themselves live in the server records
    #     (payload_docs.raw $.locales, medusa_products.raw $.translations).
    """
    CREATE TABLE translation_settings (
        key         TEXT PRIMARY KEY,       -- setup | payload_cursor | medusa_cursor
        value       TEXT NOT NULL           -- JSON
    );
    CREATE TABLE translation_marks (
        product_id  TEXT NOT NULL,
        field       TEXT NOT NULL,          -- locales.de.title, translations.de-DE.title
        value_hash  TEXT NOT NULL,          -- of the translation
        source_hash TEXT NOT NULL,          -- of its source when this translation was first seen
        seen_at     TEXT NOT NULL,
        PRIMARY KEY (product_id, field, value_hash)
    ) WITHOUT ROWID;
    CREATE TABLE translation_status (
        product_id  TEXT NOT NULL,
        locale      TEXT NOT NULL,          -- the target's code (Payload's, else Medusa's)
        status      TEXT NOT NULL,          -- missing | outdated | done
        fields      TEXT NOT NULL,          -- JSON {field: missing|outdated|done|empty}
        PRIMARY KEY (product_id, locale)
    ) WITHOUT ROWID;
    """,
    # 11: content quality per locale (issue 16, quality/locale_facts.py). Per product and
    #     locale to translate into, the score of that locale's content (its description and
    #     SEO, the shared images and prices, its translation done), the rules it fails and
    #     those that do not apply, and its facts; title_key copied so the list sorts by a
    #     locale's score in one index walk. Rebuilt with the product's row (refresh_rows);
    #     empty on a shop without translations. Rows built before get theirs at the next
    #     refresh or report (quality.upkeep). Keyed by the product's catalog_rows rowid
    #     (also sort_keys'): the list's plans join it (row, locale) to each row they walk;
    #     a locale's sort walks quality_locales_sort, its counts quality_locales_filter
    #     (narrow), neither touching the table (bench/search.py).
    """
    CREATE TABLE quality_locales (          -- names of their own: joined to the list's
        row         INTEGER NOT NULL,       -- catalog_rows.rowid of the product
        locale      TEXT NOT NULL,          -- the translation target's code (de, fr-FR)
        pid         TEXT NOT NULL,          -- the product id
        score       INTEGER,                -- 0-100, NULL when no rule applies
        fails       INTEGER NOT NULL DEFAULT 0,  -- quality.rules.BITS, as quality_fails
        na          INTEGER NOT NULL DEFAULT 0,
        facts       TEXT NOT NULL,          -- facts.encode of the locale's facts
        tkey        TEXT NOT NULL DEFAULT '',    -- the row's title_key
        PRIMARY KEY (row, locale)
    ) WITHOUT ROWID;
    CREATE INDEX quality_locales_product ON quality_locales(pid);
    CREATE INDEX quality_locales_sort ON quality_locales(locale, score, tkey, row);
    CREATE INDEX quality_locales_filter ON quality_locales(locale, score, fails);
    """,
    # 12: what a description's upload shows (exchange/media.py, richtext.populate_from): the
    #     media doc's url, mimeType, filename, filesize, width, height and sizes as JSON, so
    #     the preview renders an upload node that names its media by id, as Payload's
    #     converter does with the populated doc. NULL for docs read before (alt text only):
    #     the next read of them fills it.
    """
    ALTER TABLE media ADD COLUMN doc TEXT;
    """,
    # 13: when this app last stored Medusa's answer to a push of the product's structure
    #     (a variant added or removed, an option changed) or its creation: the local clock
    #     (outbox.now), as Medusa moves no product stamp for these (2.21.2). A pull whose
    #     read began before it does not store its copy over that answer nor mark the
    #     product deleted (records.upsert_medusa, mark_medusa_deleted). NULL: never.
    """
    ALTER TABLE medusa_products ADD COLUMN pushed_at TEXT;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
