import CertDeskCore
import GRDB

/// The database schema, as migrations. The journal is the truth; every other table is a
/// projection that `certdesk verify` can rebuild from it.
enum DeskSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-journal-and-incidents") { db in
            try db.execute(sql: """
                CREATE TABLE journal (
                    seq       INTEGER PRIMARY KEY,
                    at        TEXT NOT NULL,
                    actor     TEXT NOT NULL,
                    incident  TEXT,
                    kind      TEXT NOT NULL,
                    body      TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash      TEXT NOT NULL
                );
                CREATE INDEX journal_by_incident ON journal(incident, seq) WHERE incident IS NOT NULL;
                -- Append-only: a mistake is corrected by a new event, never by editing an old one.
                -- (Someone with the file can drop these triggers; the hash chain then shows the edit.)
                CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
                    BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
                CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
                    BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;

                CREATE TABLE desk (
                    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                    region    TEXT NOT NULL
                );

                CREATE TABLE agencies (
                    id       TEXT PRIMARY KEY,
                    name     TEXT NOT NULL,
                    name_en  TEXT,
                    region   TEXT NOT NULL,
                    county   TEXT NOT NULL,
                    type     TEXT NOT NULL,
                    grade    TEXT NOT NULL,
                    contacts TEXT NOT NULL
                );
                CREATE INDEX agencies_by_name ON agencies(name);

                CREATE TABLE incidents (
                    id           TEXT PRIMARY KEY,
                    source_kind  TEXT NOT NULL,
                    source_id    TEXT NOT NULL UNIQUE,
                    source_file  TEXT,
                    title        TEXT NOT NULL,
                    category     TEXT NOT NULL,
                    level        INTEGER,
                    level_basis  TEXT,
                    level_reason TEXT,
                    agency       TEXT NOT NULL,
                    agency_id    TEXT,
                    occurred_at  INTEGER,
                    aware_at     INTEGER NOT NULL,
                    reported_at  INTEGER NOT NULL,
                    description  TEXT NOT NULL,
                    phase        TEXT NOT NULL,
                    assignee     TEXT,
                    exercise     INTEGER NOT NULL,
                    tlp          TEXT,
                    opened_at    INTEGER NOT NULL,
                    opened_by    TEXT NOT NULL,
                    updated_at   INTEGER NOT NULL,
                    note_count   INTEGER NOT NULL,
                    last_seq     INTEGER NOT NULL
                );

                CREATE TABLE indicators (
                    incident TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    type     TEXT NOT NULL,
                    value    TEXT NOT NULL,
                    PRIMARY KEY (incident, position)
                ) WITHOUT ROWID;

                CREATE TABLE incident_numbers (
                    prefix TEXT PRIMARY KEY,
                    last   INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2-legal-clocks") { db in
            try db.execute(sql: """
                ALTER TABLE desk ADD COLUMN policy TEXT;

                CREATE TABLE obligations (
                    incident         TEXT NOT NULL,
                    kind             TEXT NOT NULL,
                    ordinal          INTEGER NOT NULL,
                    starts_at        INTEGER NOT NULL,
                    due_at           INTEGER NOT NULL,
                    warn_at          INTEGER NOT NULL,
                    state            TEXT NOT NULL,
                    met_at           INTEGER,
                    met_recorded_at  INTEGER,
                    met_by           TEXT,
                    note             TEXT,
                    waived_reason    TEXT,
                    waived_by        TEXT,
                    waived_at        INTEGER,
                    waived_for_level INTEGER NOT NULL,
                    PRIMARY KEY (incident, kind, ordinal)
                ) WITHOUT ROWID;
                -- The desk-wide clock view: pending clocks by due time.
                CREATE INDEX obligations_pending ON obligations(due_at) WHERE state IN ('open', 'overdue');
                """)
        }
        migrator.registerMigration("v3-queue-order") { db in
            // The queue is read a page at a time in deadline order; these columns, kept by the
            // projection writer from the incident's clocks, let an index serve that order.
            // 9223372036854775807 (no pending clock) sorts last.
            try db.execute(sql: """
                ALTER TABLE incidents ADD COLUMN next_due_at INTEGER NOT NULL DEFAULT 9223372036854775807;
                ALTER TABLE incidents ADD COLUMN next_due_kind TEXT;
                ALTER TABLE incidents ADD COLUMN next_warn_at INTEGER;
                CREATE INDEX incidents_queue ON incidents(next_due_at, id) WHERE phase <> 'closed';
                """)
        }
        migrator.registerMigration("v4-playbooks") { db in
            try db.execute(sql: """
                CREATE TABLE playbooks (
                    key      TEXT PRIMARY KEY,
                    category TEXT NOT NULL,
                    revision INTEGER NOT NULL,
                    body     TEXT NOT NULL
                );
                ALTER TABLE incidents ADD COLUMN playbook_category TEXT;
                ALTER TABLE incidents ADD COLUMN playbook_revision INTEGER;
                CREATE TABLE incident_steps (
                    incident    TEXT NOT NULL,
                    position    INTEGER NOT NULL,
                    step        TEXT NOT NULL,
                    status      TEXT NOT NULL,
                    at          INTEGER NOT NULL,
                    recorded_at INTEGER NOT NULL,
                    by          TEXT NOT NULL,
                    text        TEXT,
                    PRIMARY KEY (incident, position)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v5-evidence") { db in
            try db.execute(sql: """
                ALTER TABLE incidents ADD COLUMN closed_at INTEGER;
                CREATE TABLE evidence (
                    id              TEXT PRIMARY KEY,
                    incident        TEXT NOT NULL,
                    kind            TEXT NOT NULL,
                    description     TEXT NOT NULL,
                    sha256          TEXT,
                    size            INTEGER,
                    original_name   TEXT,
                    physical        TEXT,
                    source_host     TEXT,
                    collected_by    TEXT NOT NULL,
                    acquired_at     INTEGER NOT NULL,
                    tool            TEXT,
                    added_at        INTEGER NOT NULL,
                    added_by        TEXT NOT NULL,
                    holder          TEXT NOT NULL,
                    location        TEXT NOT NULL,
                    checked_out     INTEGER NOT NULL,
                    hold_reason     TEXT,
                    disposed_at     INTEGER,
                    disposed_by     TEXT,
                    disposed_reason TEXT
                );
                CREATE INDEX evidence_by_incident ON evidence(incident);
                CREATE INDEX evidence_by_sha256 ON evidence(sha256) WHERE sha256 IS NOT NULL;
                CREATE TABLE custody (
                    evidence    TEXT NOT NULL,
                    position    INTEGER NOT NULL,
                    action      TEXT NOT NULL,
                    from_holder TEXT,
                    to_holder   TEXT,
                    at          INTEGER NOT NULL,
                    recorded_at INTEGER NOT NULL,
                    by          TEXT NOT NULL,
                    purpose     TEXT,
                    location    TEXT,
                    PRIMARY KEY (evidence, position)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v6-urgency-order") { db in
            // The default queue order (QueueUrgency): real before drills, then bands of next-due
            // time, then the higher level. The level rank is derived from the level, so it is a
            // generated column that no writer can get wrong and no projection check must compare.
            try db.execute(sql: """
                DROP INDEX incidents_queue;
                ALTER TABLE incidents ADD COLUMN queue_level INTEGER GENERATED ALWAYS AS (4 - COALESCE(level, 0)) VIRTUAL;
                CREATE INDEX incidents_urgency ON incidents(exercise, next_due_at, queue_level, id) WHERE phase <> 'closed';
                """)
        }
        migrator.registerMigration("v7-language-neutral-clock-text") { db in
            // The projection once held the desk's own English sentence for a clock a level change
            // took away, and "closed: …" / "playbook step …" in the journal's words. It now keeps
            // the facts, and each interface language says them (Words.waiverReason, meetingNote).
            try db.execute(sql: """
                ALTER TABLE obligations ADD COLUMN met_by_step TEXT;
                ALTER TABLE obligations ADD COLUMN waived_on_close INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE obligations ADD COLUMN level_waiver TEXT;
                """)
            let waived = try Row.fetchAll(db, sql: "SELECT incident, kind, ordinal, waived_reason FROM obligations WHERE waived_for_level = 1")
            for row in waived {
                // A sentence that does not read back (an edited row) is left as it is: verify
                // then names the incident, as it would have before.
                let sentence: String? = row[3]
                let parsed = sentence.flatMap(LevelWaiverText.parse)
                let waiver = parsed ?? LevelWaiver(from: nil, to: nil, appliesTo: [])
                try db.execute(sql: "UPDATE obligations SET level_waiver = ?, waived_reason = ? WHERE incident = ? AND kind = ? AND ordinal = ?",
                               arguments: [CanonicalJSON.string(waiver.json), parsed == nil ? sentence : nil, row[0], row[1], row[2]])
            }
            try db.execute(sql: "ALTER TABLE obligations DROP COLUMN waived_for_level")
        }
        migrator.registerMigration("v8-shifts") { db in
            // One row per watch; its offer and acceptance as the canonical JSON of their facts.
            try db.execute(sql: """
                CREATE TABLE shifts (
                    id INTEGER PRIMARY KEY,
                    officer TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    start_seq INTEGER NOT NULL,
                    forced_reason TEXT,
                    ended_at INTEGER,
                    end_seq INTEGER,
                    ending TEXT,
                    offer TEXT,
                    acceptance TEXT,
                    incidents_opened INTEGER NOT NULL,
                    incidents_closed INTEGER NOT NULL,
                    clocks_breached INTEGER NOT NULL
                );
                CREATE INDEX shifts_on_watch ON shifts(id) WHERE ending IS NULL;
                CREATE INDEX journal_desk_rows ON journal(seq) WHERE incident IS NULL;
                """)
        }
        migrator.registerMigration("v9-moments") { db in
            // A moment (`--as-of`, replay) folds again the incidents opened by then and changed
            // since: this index holds both facts and the id, so finding them reads index entries
            // from that row on, never the incidents themselves.
            try db.execute(sql: "CREATE INDEX incidents_by_last_change ON incidents(last_seq, opened_at, id)")
        }
        migrator.registerMigration("v10-notifications") { db in
            // Each notification sent or recorded: what a list needs by column, the record whole.
            try db.execute(sql: """
                CREATE TABLE incident_notifications (
                    incident TEXT NOT NULL,
                    number   INTEGER NOT NULL,
                    channel  TEXT NOT NULL,
                    sent_at  INTEGER NOT NULL,
                    outcome  TEXT NOT NULL,
                    body     TEXT NOT NULL,
                    PRIMARY KEY (incident, number)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v11-notices-owed") { db in
            // The outbox counts the notice clocks still running across a year's backlog: by
            // kind, from the index alone. Failed attempts are found by their outcome.
            try db.execute(sql: """
                CREATE INDEX obligations_pending_by_kind ON obligations(kind) WHERE state IN ('open', 'overdue');
                CREATE INDEX incident_notifications_failed ON incident_notifications(incident) WHERE outcome = 'failed';
                """)
        }
        migrator.registerMigration("v12-reports") { db in
            // A monthly report reads the incidents of a month by awareness (知悉), never the
            // whole table; its year of trend is counted from this index alone, which holds every
            // column the count groups by.
            try db.execute(sql: "CREATE INDEX incidents_by_aware ON incidents(aware_at, level, category, exercise, id)")
        }
        migrator.registerMigration("v13-open-clocks") { db in
            // Every read keeps the clocks first (the upkeep sweep); on a year's backlog the
            // pending-clock index holds 400,000 breaches already recorded, and reading them all
            // cost every command 120 ms. The clocks still open are few.
            try db.execute(sql: "CREATE INDEX obligations_open_by_due ON obligations(due_at) WHERE state = 'open'")
        }
        migrator.registerMigration("v14-exchange-bookmarks") { db in
            // Where each TAXII pull stopped: a reading position, not a record. The incidents a
            // pull brings are journalled by the ingest; losing this row only makes the next pull
            // read the collection again, and the ingest skips what the desk already has.
            try db.execute(sql: """
                CREATE TABLE exchange_bookmarks (
                    api_root TEXT NOT NULL,
                    collection TEXT NOT NULL,
                    added_after TEXT NOT NULL,
                    pulled_at INTEGER NOT NULL,
                    PRIMARY KEY (api_root, collection)
                ) WITHOUT ROWID
                """)
        }
        migrator.registerMigration("v15-false-positives") { db in
            // A closing as not an incident (PhaseOverride.falsePositive), read by the blocking list.
            try db.execute(sql: "ALTER TABLE incidents ADD COLUMN false_positive INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v16-incident-search") { db in
            // The queue filter's trigram index (IncidentSearch), filled from what the desk holds.
            try db.execute(sql: IncidentSearch.schema)
            try IncidentSearch.fill(db)
        }
        return migrator
    }
}
