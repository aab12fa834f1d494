<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>arbiter::ui::AddBuildDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add build signature — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients whose binary matches a registered signature can log in once a game has any. Paste the SHA-256 of the release build, or pick the file and Arbiter hashes it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.4.2 Windows x64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add build</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A SHA-256 is 64 hexadecimal characters (0-9, a-f); this has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looks like a valid SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the game binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing %1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditExporter</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditModel</name>
    <message>
        <source>Cannot read the audit journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and link (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole journal to a CSV file (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Times are in your local time zone; the journal stores UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify the chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry #%1 — the journal was altered outside Arbiter from there on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BanChart</name>
    <message>
        <source>&amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans per day by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BanDialog</name>
    <message>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>player id (account ban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One reason per line, e.g. aimbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ban expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Player:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one of player, device and IP. The ban applies at once: matching sessions end and logins are refused. It is reported to the game&apos;s webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>player %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a game (create one on the Games page first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one of player, device and IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BansModel</name>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BansPage</name>
    <message>
        <source>Bans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BuildsModel</name>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::CoreInvoker</name>
    <message>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FileHasher</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagDetails</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player&apos;s recent scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this player&apos;s profile on the Players page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new-ban dialog for this player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent history (flagged points marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flag to see its submission, the player&apos;s history and the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 confidence · player %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about a submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission: value %1, points %2, %3, board %4, status %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off the board since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagFilterBar</name>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed cheat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;oard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;yer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagsModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed cheat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1 (local time); flag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagsPage</name>
    <message>
        <source>&amp;Confirm cheat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the selected flags as cheats (C): the scores leave the boards; undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected flags as false positives (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected flags (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the flags of the last resolution (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False-positive rate by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note (saved with the next action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: J / K or arrows move, C confirm cheat, F false positive, D dismiss, Ctrl+Z undo. Times are local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 pending, none resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% false positives (%L3 of %L4 resolved), %L5 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False-positive rate by rule: no flags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False-positive rate by rule — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags to review — all clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags match these filters — widen them (e.g. status &quot;Any status&quot;) to see more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pending flag first (only pending flags can be resolved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n flag(s). Ctrl+Z undoes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n flag(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameDetails</name>
    <message>
        <source>Encryption keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the game&apos;s settings (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new backend secret; the old one stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption keys (AES-256-GCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game id %1 · created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-cheat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret yet. The game backend needs one to submit scores for players.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is set. Generating a new one replaces it at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameDialog</name>
    <message>
        <source>&amp;Anti-cheat: run the detection rules on submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test mode: keep submissions off public boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-ban on high-confidence cheats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;proxy: take the client IP from X-Forwarded-For (loopback peers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit game — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Space Racer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban reports are sent here. https://, or http:// to this machine. Leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameFilterBox</name>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one game or all games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All games</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GamesModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-cheat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GamesPage</name>
    <message>
        <source>No games yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a game to get its id, a backend secret and encryption keys, and to register the builds allowed to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a game (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a secret. A new one replaces it at once: the game backend is refused until it is configured with the new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is shown only now and cannot be shown again: copy it into the game backend&apos;s configuration. It has already replaced any previous secret, which no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate an encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New encryption key — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is shown only now and cannot be shown again: copy it into the game client build. Older keys stay valid until you revoke them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 stops working at once: clients still encrypting with it are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revoke the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the build?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players still running this build fail the signature check at login, and are banned for it, as long as other builds are registered.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::KeysModel</name>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LeaderboardModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New among the shown entries since the previous refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up %n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Down %n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The player has a pending flag on this board: see the Flags page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LeaderboardsPage</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find player (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the top 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the top 100 (Esc in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected player&apos;s profile (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban the selected player (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boa&amp;rd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No games yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one on the Games page, then add a board to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tournament)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boards yet — create one on the Games page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores in this period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries appear here live as players submit scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no rank in %2. Showing the top %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around “%1” · %2 ranked · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 of %2 ranked · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LiftBanDialog</name>
    <message>
        <source>&amp;Restore the player&apos;s earlier scores to the boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the ban on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (kept in the audit journal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. appeal accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, the scores the player had before the ban stay off the boards for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift ban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::MainWindow</name>
    <message>
        <source>Arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::OverviewPage</name>
    <message>
        <source>Submissions in the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players at little eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players at short eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players at big eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the leaderboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the flag queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the watchlist at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions per minute (last hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players per eye stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans per day (last 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::PlayersPage</name>
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::SecretDialog</name>
    <message>
        <source>I have stored it — &amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::ServerPage</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ARBITER_ADMIN_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1 (readable by your user only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts send it as “Authorization: Bearer &lt;token&gt;” to /admin/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::SettingsPage</name>
    <message>
        <source>&amp;Save name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the audit journal records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action you take in the console (bans, flag decisions, new secrets) is written to the audit journal under this name. Changing it is itself recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your actions are now recorded as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchTimelineModel</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchlistModel</name>
    <message>
        <source>Little eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the watchlist at %1 unless another alert comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts in streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchlistPage</name>
    <message>
        <source>Players on the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage timeline of the selected player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on the watchlist — players appear here after their first alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a player to see their stage timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the player&apos;s profile (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban the player… (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the player&apos;s trust tier to A (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players per stage (last 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the watchlist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage timeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is trusted now (tier A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark %1 as trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
