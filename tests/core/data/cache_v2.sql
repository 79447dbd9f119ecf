-- A DataFi Desktop cache at schema version 2, written by the code of that version (tests/core/data/make_cache_fixture.py; test data, test key).
PRAGMA user_version=2;
BEGIN TRANSACTION;
CREATE TABLE assets (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            mime TEXT,
            filename TEXT,
            created_at INTEGER NOT NULL
        );
CREATE TABLE campaigns (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            body TEXT NOT NULL,              -- the campaign JSON
            hub_url TEXT,
            updated_at INTEGER NOT NULL
        );
INSERT INTO "campaigns" VALUES('c1','Campaign one','{"id":"c1","name":"Campaign one","description":"","hub_url":null,"chain":{"chain_id":131277,"rpc_url":"embedded","distributor":"0x0000000000000000000000000000000000000000","token":"0x0000000000000000000000000000000000000000","token_symbol":"DFT","token_decimals":18},"overlap":1,"reviews_required":1,"reject_reasons":["Wrong label","Missing labels","Imprecise boundaries","Does not follow the guidelines","Spam or low effort"],"rewards":{},"extra":{}}',NULL,1764028800000);
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
        );
INSERT INTO "claims" VALUES('claim-1','c1','0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf',1,'5000000000000000000','wallet','confirmed','0xabababababababababababababababababababababababababababababababab',0,NULL,7,'5000000000000000000',NULL,1764028800000,1764028800000);
CREATE TABLE drafts (
            task_uid INTEGER PRIMARY KEY REFERENCES tasks(uid) ON DELETE CASCADE,
            body TEXT NOT NULL,              -- the annotation being edited (may be incomplete)
            from_prediction INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL
        );
INSERT INTO "drafts" VALUES(2,'{"kind":"text_classification","labels":["no"]}',0,1764028800000);
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
        );
INSERT INTO "outbox" VALUES(1,'submission','019ab9e4-3c00-7000-8000-0000000000f1','queued',0,0,NULL,1764028800000,1764028800000);
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
        );
INSERT INTO "reviews" VALUES('019ab9e4-3c00-7000-8000-0000000000e1','s-other','c1','t1','accept','',NULL,NULL,'{}','0xabababababababababababababababababababababababababababababababab','0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf','0x00',1764028800000,'sent',NULL,1764028800000);
CREATE TABLE rewards (
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            account TEXT NOT NULL,
            epoch INTEGER NOT NULL,
            cumulative_amount TEXT NOT NULL,  -- uint256 as a decimal string
            root TEXT NOT NULL,
            proof TEXT NOT NULL,             -- JSON list of 0x hashes
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, account, epoch)
        );
INSERT INTO "rewards" VALUES('c1','0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf',1,'5000000000000000000','0xabababababababababababababababababababababababababababababababab','["0xabababababababababababababababababababababababababababababababab"]',1764028800000);
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
        );
INSERT INTO "submissions" VALUES('019ab9e4-3c00-7000-8000-0000000000f1',1,'c1','t0','text_classification','{"kind":"text_classification","labels":["yes"]}','0xf0aa509cd341fe8e2e24fcdbf6fa48a3d62cde091e508fdb94c5bccafbd1aced','{"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"}, {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}], "Submission": [{"name": "id", "type": "bytes16"}, {"name": "campaign", "type": "string"}, {"name": "task", "type": "string"}, {"name": "kind", "type": "string"}, {"name": "contentHash", "type": "bytes32"}, {"name": "annotator", "type": "address"}, {"name": "createdAt", "type": "uint64"}]}, "primaryType": "Submission", "domain": {"name": "DataFi", "version": "1", "chainId": 131277, "verifyingContract": "0x0000000000000000000000000000000000000000"}, "message": {"id": "0x019ab9e43c00700080000000000000f1", "campaign": "c1", "task": "t0", "kind": "text_classification", "contentHash": "0xf0aa509cd341fe8e2e24fcdbf6fa48a3d62cde091e508fdb94c5bccafbd1aced", "annotator": "0xA98F5A0e20Abd5971527905dD612034D2FA74Ef2", "createdAt": 1764028800000}}','0x256313b2201a7d805ab871eb13c76de01046234475c78c9970e741f22bb0886d','0xA98F5A0e20Abd5971527905dD612034D2FA74Ef2','0xf82cac242193e8ef5fdd3b856856f5410d87ece51a0b44a5f8362eb80c8093514aad5849a8116ec1d9a3043f91da35091beabbaf033543e1209a272dae27133c1c',1764028800000,'queued',NULL,NULL,1764028800000);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
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
        );
INSERT INTO "tasks" VALUES(1,'c1','t0','text_classification','{"id":"t0","kind":"text_classification","data":{"text":"text 0"},"config":{"labels":[{"name":"yes","color":null,"hotkey":null,"description":""},{"name":"no","color":null,"hotkey":null,"description":""}],"multi":false,"ratings":[],"fields":[],"label_kind":null,"accept":["image/jpeg","image/png","image/webp","text/plain"],"instructions":""},"predictions":[]}',1,'queued',0,NULL,'hub',1764028800000);
INSERT INTO "tasks" VALUES(2,'c1','t1','text_classification','{"id":"t1","kind":"text_classification","data":{"text":"text 1"},"config":{"labels":[{"name":"yes","color":null,"hotkey":null,"description":""},{"name":"no","color":null,"hotkey":null,"description":""}],"multi":false,"ratings":[],"fields":[],"label_kind":null,"accept":["image/jpeg","image/png","image/webp","text/plain"],"instructions":""},"predictions":[]}',2,'draft',0,NULL,'hub',1764028800000);
INSERT INTO "tasks" VALUES(3,'c1','t2','text_classification','{"id":"t2","kind":"text_classification","data":{"text":"text 2"},"config":{"labels":[{"name":"yes","color":null,"hotkey":null,"description":""},{"name":"no","color":null,"hotkey":null,"description":""}],"multi":false,"ratings":[],"fields":[],"label_kind":null,"accept":["image/jpeg","image/png","image/webp","text/plain"],"instructions":""},"predictions":[]}',3,'new',0,NULL,'hub',1764028800000);
CREATE INDEX tasks_queue ON tasks (campaign_id, state, position);
CREATE INDEX tasks_kind ON tasks (kind);
CREATE INDEX submissions_task ON submissions (task_uid, created_at);
CREATE INDEX submissions_status ON submissions (status);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX claims_account ON claims (campaign_id, account, state);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('outbox',1);
COMMIT;
