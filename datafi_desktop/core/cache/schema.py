"""The cache schema as forward migrations.

``PRAGMA user_version`` holds the schema version. Each migration moves the
database one version forward inside a transaction; opening a database runs the
ones it lacks. A database written by a newer app is refused, not damaged.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from ..errors import SchemaVersionError

Migration = Callable[[sqlite_utils.Database], None]


def _v1(db: sqlite_utils.Database) -> None:
    """Campaigns, tasks, assets, drafts, submissions, the outbox and sync state."""
    db.execute(
        """
        CREATE TABLE campaigns (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            body TEXT NOT NULL,              -- the campaign JSON
            hub_url TEXT,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE tasks (
            uid INTEGER PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            task_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,              -- the task JSON (validated on the way in)
            position INTEGER NOT NULL,       -- queue order
            state TEXT NOT NULL DEFAULT 'new'
                CHECK (state IN ('new','draft','skipped','queued','sent','accepted',
                                 'rejected','paid')),
            skipped INTEGER NOT NULL DEFAULT 0,
            leased_until INTEGER,            -- ms; NULL when not leased from a hub
            source TEXT NOT NULL DEFAULT 'hub',
            fetched_at INTEGER NOT NULL,
            UNIQUE (campaign_id, task_id)
        )"""
    )
    db.execute("CREATE INDEX tasks_queue ON tasks (campaign_id, state, position)")
    db.execute("CREATE INDEX tasks_kind ON tasks (kind)")
    db.execute(
        """
        CREATE TABLE assets (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            mime TEXT,
            filename TEXT,
            created_at INTEGER NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE drafts (
            task_uid INTEGER PRIMARY KEY REFERENCES tasks(uid) ON DELETE CASCADE,
            body TEXT NOT NULL,              -- the annotation being edited (may be incomplete)
            from_prediction INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE submissions (
            id TEXT PRIMARY KEY,             -- UUIDv7, the idempotency key
            task_uid INTEGER NOT NULL REFERENCES tasks(uid),
            campaign_id TEXT NOT NULL,
            task_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            annotation TEXT NOT NULL,        -- RFC 8785 canonical JSON
            content_hash TEXT NOT NULL,
            typed_data TEXT NOT NULL,        -- the eth_signTypedData_v4 payload
            digest TEXT NOT NULL,
            signer TEXT NOT NULL,
            signature TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued','sent','accepted','rejected','paid')),
            reason TEXT,
            verdict TEXT,                    -- JSON: the review the hub reported
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX submissions_task ON submissions (task_uid, created_at)")
    db.execute("CREATE INDEX submissions_status ON submissions (status)")
    db.execute(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_type TEXT NOT NULL CHECK (item_type IN ('submission','review','claim','asset')),
            item_id TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued','sending','accepted','rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (item_type, item_id)
        )"""
    )
    db.execute("CREATE INDEX outbox_due ON outbox (state, next_attempt_at)")
    db.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v2(db: sqlite_utils.Database) -> None:
    """Reviews made here, reward entitlements and on-chain claims."""
    db.execute(
        """
        CREATE TABLE reviews (
            id TEXT PRIMARY KEY,             -- UUIDv7
            submission_id TEXT NOT NULL,     -- the reviewed submission (someone else's)
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            task_id TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('accept','reject','correct')),
            reason TEXT NOT NULL DEFAULT '',
            correction TEXT,                 -- canonical JSON of the corrected annotation
            correction_hash TEXT,
            typed_data TEXT NOT NULL,
            digest TEXT NOT NULL,
            signer TEXT NOT NULL,
            signature TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued','sent','rejected')),
            reason_from_hub TEXT,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE rewards (
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            account TEXT NOT NULL,
            epoch INTEGER NOT NULL,
            cumulative_amount TEXT NOT NULL,  -- uint256 as a decimal string
            root TEXT NOT NULL,
            proof TEXT NOT NULL,             -- JSON list of 0x hashes
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, account, epoch)
        )"""
    )
    db.execute(
        """
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            account TEXT NOT NULL,
            epoch INTEGER NOT NULL,
            cumulative_amount TEXT NOT NULL,
            via TEXT NOT NULL CHECK (via IN ('wallet','relayer')),
            state TEXT NOT NULL DEFAULT 'requested'
                CHECK (state IN ('requested','pending','confirmed','failed','dropped')),
            tx_hash TEXT,
            nonce INTEGER,
            raw_tx TEXT,                     -- signed transaction, to rebroadcast after a restart
            block_number INTEGER,
            amount TEXT,
            error TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX claims_account ON claims (campaign_id, account, state)")


def _v3(db: sqlite_utils.Database) -> None:
    """Rewards: what the hub and the chain last said per account, and claim details
    (the root a claim expects, who sends it, its gas, the decoded revert's name)."""
    db.execute(
        """
        CREATE TABLE reward_status (
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            account TEXT NOT NULL,
            pending_amount TEXT,             -- accepted at the hub, not yet settled
            settled_amount TEXT,             -- cumulative amount of the latest epoch
            claimed_amount TEXT,             -- claimed(account) on the distributor
            token_balance TEXT,
            eth_balance TEXT,
            chain_root TEXT,                 -- the distributor's merkleRoot when last read
            chain_epoch INTEGER,
            hub_checked_at INTEGER,
            chain_checked_at INTEGER,
            hub_error TEXT,
            chain_error TEXT,
            PRIMARY KEY (campaign_id, account)
        )"""
    )
    for column in ("root TEXT", "sender TEXT", "error_name TEXT", "gas_limit INTEGER",
                   "max_fee_per_gas TEXT"):
        db.execute(f"ALTER TABLE claims ADD COLUMN {column}")
    db.execute("CREATE INDEX claims_state ON claims (state, via)")


def _v4(db: sqlite_utils.Database) -> None:
    """Reviewing offline: the leased review queue, and quality figures from the hub."""
    db.execute(
        """
        CREATE TABLE review_items (
            submission_id TEXT PRIMARY KEY,  -- someone else's submission to review
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            task_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            task TEXT NOT NULL,              -- the task JSON
            annotator TEXT NOT NULL,
            annotation TEXT NOT NULL,        -- the annotator's label as signed
            content_hash TEXT NOT NULL,
            digest TEXT NOT NULL,            -- the submission's EIP-712 digest
            typed_data TEXT NOT NULL,
            signature TEXT NOT NULL,
            others TEXT NOT NULL DEFAULT '[]',  -- JSON: other annotators' labels of the task
            consensus TEXT,                  -- JSON: core.quality.Consensus
            reviews_done INTEGER NOT NULL DEFAULT 0,
            reviews_needed INTEGER NOT NULL DEFAULT 0,
            leased_until INTEGER,
            position INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open','reviewed','released','gone')),
            fetched_at INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX review_items_queue ON review_items (campaign_id, state, position)")
    db.execute("CREATE INDEX reviews_submission ON reviews (submission_id, signer)")
    db.execute(
        """
        CREATE TABLE quality (
            campaign_id TEXT NOT NULL,
            account TEXT NOT NULL,
            body TEXT NOT NULL,              -- JSON: the hub's figures (agreement, gold…)
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, account)
        )"""
    )


def _v5(db: sqlite_utils.Database) -> None:
    """Settled submissions: the Merkle proof of each own submission's digest under the
    submissions root of the epoch that counted it (for exports and ``verify --rpc-url``)."""
    db.execute(
        """
        CREATE TABLE inclusions (
            submission_id TEXT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
            campaign_id TEXT NOT NULL,
            digest TEXT NOT NULL,            -- the submission's EIP-712 digest, lowercase
            epoch INTEGER NOT NULL CHECK (epoch >= 1),
            root TEXT NOT NULL,              -- the epoch's submissionRoot, lowercase
            proof TEXT NOT NULL,             -- JSON list of 0x hashes, leaf to root
            fetched_at INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX inclusions_campaign ON inclusions (campaign_id, epoch)")


#: The queue's one-line preview of a task: the first of these data fields it has, cut
#: to 160 code points.
PREVIEW_OF_BODY = """substr(coalesce(json_extract(body, '$.data.text'),
    json_extract(body, '$.data.prompt'), json_extract(body, '$.data.caption'),
    json_extract(body, '$.data.instructions'), json_extract(body, '$.data.filename'), ''),
    1, 160)"""


def _v6(db: sqlite_utils.Database) -> None:
    """The queue at scale: the preview as a generated column of the task, a full-text
    index over it and the task id (trigram: any substring of three or more
    characters, case-insensitive) kept by triggers, and indexes for paging in queue
    order with and without a kind filter."""
    db.execute(
        f"ALTER TABLE tasks ADD COLUMN preview TEXT GENERATED ALWAYS AS ({PREVIEW_OF_BODY}) "
        "VIRTUAL"
    )
    db.execute("CREATE INDEX tasks_order ON tasks (campaign_id, position)")
    db.execute("CREATE INDEX tasks_kind_order ON tasks (campaign_id, kind, position)")
    db.execute("CREATE INDEX tasks_state_kind ON tasks (campaign_id, state, kind)")
    db.execute(
        "CREATE VIRTUAL TABLE tasks_fts USING fts5(preview, task_id, content='tasks', "
        "content_rowid='uid', tokenize='trigram')"
    )
    db.execute("INSERT INTO tasks_fts (tasks_fts) VALUES ('rebuild')")
    db.execute(
        """CREATE TRIGGER tasks_fts_insert AFTER INSERT ON tasks BEGIN
            INSERT INTO tasks_fts (rowid, preview, task_id)
            VALUES (new.uid, new.preview, new.task_id);
        END"""
    )
    db.execute(
        """CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks BEGIN
            INSERT INTO tasks_fts (tasks_fts, rowid, preview, task_id)
            VALUES ('delete', old.uid, old.preview, old.task_id);
        END"""
    )
    db.execute(
        """CREATE TRIGGER tasks_fts_update AFTER UPDATE OF body, task_id ON tasks
        WHEN old.preview IS NOT new.preview OR old.task_id IS NOT new.task_id BEGIN
            INSERT INTO tasks_fts (tasks_fts, rowid, preview, task_id)
            VALUES ('delete', old.uid, old.preview, old.task_id);
            INSERT INTO tasks_fts (rowid, preview, task_id)
            VALUES (new.uid, new.preview, new.task_id);
        END"""
    )


def _v7(db: sqlite_utils.Database) -> None:
    """What the hub's deduplication found about a submission to review (hub.intake.dedup)."""
    db.execute("ALTER TABLE review_items ADD COLUMN flags TEXT NOT NULL DEFAULT '[]'")


MIGRATIONS: tuple[Migration, ...] = (_v1, _v2, _v3, _v4, _v5, _v6, _v7)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> int:
    """Run the missing migrations up to ``target``; returns the version reached."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the cache has schema version {current}, newer than this app ({SCHEMA_VERSION}); "
            "update DataFi Desktop to open it"
        )
    conn = db.conn
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # re-check under the write lock: another process may have migrated meanwhile
            if schema_version(db) >= version:
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[version - 1](db)
            conn.execute(f"PRAGMA user_version={version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return schema_version(db)
