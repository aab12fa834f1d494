#include "storage/migrations.h"

namespace arbiter {

// Append only: a released migration never changes, a new version gets a new entry.
const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1,
         {
             QStringLiteral("CREATE TABLE games ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " anti_cheat INTEGER NOT NULL,"
                            " test_mode INTEGER NOT NULL,"
                            " auto_ban INTEGER NOT NULL,"
                            " trust_proxy INTEGER NOT NULL,"
                            " webhook_url TEXT NOT NULL DEFAULT '',"
                            " secret_hash BLOB,"
                            " detection TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE TABLE encryption_keys ("
                            " game_id TEXT NOT NULL REFERENCES games(id),"
                            " key_id TEXT NOT NULL,"
                            " key BLOB NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " revoked_at INTEGER,"
                            " PRIMARY KEY (game_id, key_id))"),
             QStringLiteral("CREATE TABLE builds ("
                            " game_id TEXT NOT NULL REFERENCES games(id),"
                            " sha256 TEXT NOT NULL,"
                            " label TEXT NOT NULL DEFAULT '',"
                            " created_at INTEGER NOT NULL,"
                            " PRIMARY KEY (game_id, sha256))"),
             QStringLiteral("CREATE TABLE audit ("
                            " seq INTEGER PRIMARY KEY,"
                            " at INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
         }},
        {2,
         {
             // Players of a game: first/last seen, the hashed login token, trust tier, and the
             // eye-stage tracker's state so it survives a restart without replaying history.
             QStringLiteral("CREATE TABLE players ("
                            " game_id TEXT NOT NULL REFERENCES games(id),"
                            " player_id TEXT NOT NULL,"
                            " login_token_hash BLOB,"
                            " tier TEXT NOT NULL DEFAULT 'C',"
                            " tier_set_by_moderator INTEGER NOT NULL DEFAULT 0,"
                            " first_seen INTEGER NOT NULL,"
                            " last_seen INTEGER NOT NULL,"
                            " watch_state TEXT NOT NULL DEFAULT '{}',"
                            " PRIMARY KEY (game_id, player_id))"),
             QStringLiteral("CREATE TABLE player_devices ("
                            " game_id TEXT NOT NULL, player_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                            " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
                            " PRIMARY KEY (game_id, player_id, device_id))"),
             QStringLiteral("CREATE TABLE player_ips ("
                            " game_id TEXT NOT NULL, player_id TEXT NOT NULL, ip TEXT NOT NULL,"
                            " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
                            " PRIMARY KEY (game_id, player_id, ip))"),
             QStringLiteral("CREATE TABLE sessions ("
                            " token_hash BLOB PRIMARY KEY,"
                            " game_id TEXT NOT NULL, player_id TEXT NOT NULL,"
                            " device_id TEXT NOT NULL, ip TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked_at INTEGER)"),
             QStringLiteral("CREATE INDEX sessions_by_player ON sessions (game_id, player_id)"),
             QStringLiteral("CREATE TABLE alerts ("
                            " id INTEGER PRIMARY KEY,"
                            " game_id TEXT NOT NULL, player_id TEXT NOT NULL,"
                            " reason TEXT NOT NULL, source TEXT NOT NULL, details TEXT NOT NULL DEFAULT '{}',"
                            " at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX alerts_by_player ON alerts (game_id, player_id, at)"),
             QStringLiteral("CREATE TABLE eye_transitions ("
                            " id INTEGER PRIMARY KEY,"
                            " game_id TEXT NOT NULL, player_id TEXT NOT NULL, at INTEGER NOT NULL,"
                            " from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, cause TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX eye_transitions_by_player ON eye_transitions (game_id, player_id, at)"),
             QStringLiteral("CREATE INDEX eye_transitions_by_time ON eye_transitions (at)"),
             QStringLiteral("CREATE TABLE bans ("
                            " id TEXT PRIMARY KEY,"
                            " game_id TEXT NOT NULL,"
                            " player_id TEXT, device_id TEXT, ip TEXT,"
                            " reasons TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL, expires_at INTEGER,"
                            " lifted_at INTEGER, lift_note TEXT,"
                            " actor TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX bans_by_game ON bans (game_id, created_at)"),
             // Flags: the moderators' review queue (detections, ban recommendations, mismatches).
             QStringLiteral("CREATE TABLE flags ("
                            " id TEXT PRIMARY KEY,"
                            " game_id TEXT NOT NULL, board_id TEXT, player_id TEXT NOT NULL, submission_id TEXT,"
                            " type TEXT NOT NULL, confidence TEXT NOT NULL, action TEXT NOT NULL,"
                            " status TEXT NOT NULL, details TEXT NOT NULL DEFAULT '{}',"
                            " created_at INTEGER NOT NULL, resolved_at INTEGER, note TEXT, resolved_by TEXT)"),
             QStringLiteral("CREATE INDEX flags_by_status ON flags (status, created_at)"),
             QStringLiteral("CREATE INDEX flags_by_game ON flags (game_id, created_at)"),
             // The webhook outbox: payload is deleted (set NULL) once a 2xx arrives; the row stays.
             QStringLiteral("CREATE TABLE webhook_deliveries ("
                            " id INTEGER PRIMARY KEY,"
                            " game_id TEXT NOT NULL, ban_id TEXT,"
                            " kind TEXT NOT NULL,"
                            " url TEXT NOT NULL,"
                            " payload BLOB,"
                            " state TEXT NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " last_http_status INTEGER, last_error TEXT,"
                            " created_at INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL,"
                            " delivered_at INTEGER)"),
             QStringLiteral("CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at)"),
             QStringLiteral("CREATE INDEX webhook_deliveries_by_game ON webhook_deliveries (game_id, created_at)"),
         }},
        {3,
         {
             QStringLiteral("CREATE TABLE boards ("
                            " id TEXT PRIMARY KEY,"
                            " game_id TEXT NOT NULL REFERENCES games(id),"
                            " name TEXT NOT NULL,"
                            " sort_order TEXT NOT NULL, operator TEXT NOT NULL, reset TEXT NOT NULL,"
                            " max_plausible REAL,"
                            " rule_set_id TEXT NOT NULL,"
                            " tournament_id TEXT,"
                            " created_at INTEGER NOT NULL)"),
             // A board's scoring, versioned: a change makes a new row, history keeps its version.
             QStringLiteral("CREATE TABLE rule_sets ("
                            " id TEXT PRIMARY KEY,"
                            " board_id TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " scoring TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE submissions ("
                            " id TEXT PRIMARY KEY,"
                            " game_id TEXT NOT NULL, board_id TEXT NOT NULL, player_id TEXT NOT NULL,"
                            " event_uuid TEXT NOT NULL,"
                            " request_hash BLOB NOT NULL,"
                            " value REAL NOT NULL, points REAL NOT NULL,"
                            " body TEXT NOT NULL,"
                            " status TEXT NOT NULL,"          // accepted | flagged | rejected
                            " test_mode INTEGER NOT NULL,"
                            " rule_set_id TEXT NOT NULL,"
                            " detections TEXT NOT NULL DEFAULT '[]',"
                            " device_id TEXT NOT NULL DEFAULT '', ip TEXT NOT NULL DEFAULT '',"
                            " at INTEGER NOT NULL,"
                            " removed_at INTEGER,"            // confirmed cheat or invalidated: off the boards
                            " response_status INTEGER NOT NULL, response TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX submissions_by_event ON submissions (game_id, event_uuid)"),
             QStringLiteral("CREATE INDEX submissions_by_player ON submissions (game_id, player_id, at)"),
             QStringLiteral("CREATE INDEX flags_by_type ON flags (game_id, type, status)"),
         }},
        {4,
         {
             QStringLiteral("CREATE TABLE tournaments ("
                            " id TEXT PRIMARY KEY,"
                            " game_id TEXT NOT NULL REFERENCES games(id),"
                            " name TEXT NOT NULL,"
                            " board_id TEXT NOT NULL,"
                            " starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL,"
                            " max_attempts INTEGER,"
                            " require_confirmation INTEGER NOT NULL,"
                            " created_at INTEGER NOT NULL)"),
             // A round keeps both words: the client's score (endGame) and the game server's verdict.
             QStringLiteral("CREATE TABLE rounds ("
                            " id TEXT PRIMARY KEY,"
                            " tournament_id TEXT NOT NULL,"
                            " player_id TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " client_score REAL,"
                            " server_valid INTEGER, server_score REAL,"
                            " submission_id TEXT,"
                            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX rounds_by_player ON rounds (tournament_id, player_id)"),
         }},
        {5,
         {
             // The console's flag queue over every status (newest first) and its open-flags-by-rule chart.
             QStringLiteral("CREATE INDEX flags_by_time ON flags (created_at, id)"),
             QStringLiteral("CREATE INDEX flags_by_status_type ON flags (status, type)"),
         }},
        {6,
         {
             // Event ids are random, so their index took a page write per submission. The engine
             // keeps every (game, event) key in memory and finds a replay through the player's
             // own submissions (submissions_by_player); see docs/decisions.md.
             QStringLiteral("DROP INDEX submissions_by_event"),
         }},
        {7,
         {
             // The index by player took a page write per submission too (players are scattered).
             // Each submission now names the same player's previous one; the engine keeps each
             // player's newest in memory and reads a history along the chain (docs/decisions.md).
             QStringLiteral("ALTER TABLE submissions ADD COLUMN previous_id TEXT"),
             QStringLiteral("UPDATE submissions SET previous_id = chain.previous"
                            " FROM (SELECT rowid AS r, lag(id) OVER (PARTITION BY game_id, player_id ORDER BY rowid) AS previous"
                            "       FROM submissions) AS chain"
                            " WHERE chain.r = submissions.rowid AND chain.previous IS NOT NULL"),
             QStringLiteral("DROP INDEX submissions_by_player"),
         }},
    };
    return migrations;
}

} // namespace arbiter
