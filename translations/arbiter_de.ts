<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BanFlow</name>
    <message>
        <source>player %1</source>
        <translation>Spieler %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>Ban %1 until %2? Their sessions end at once and logins are refused until then.</source>
        <translation>%1 bis %2 sperren? Die Sitzungen werden sofort beendet und Anmeldungen bis dahin abgelehnt.</translation>
    </message>
    <message>
        <source>Ban %1? Their sessions end at once and logins are refused until the ban is lifted.</source>
        <translation>%1 sperren? Die Sitzungen werden sofort beendet und Anmeldungen abgelehnt, bis die Sperre aufgehoben wird.</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Sperren</translation>
    </message>
</context>
<context>
    <name>DetectionThresholdsEditor</name>
    <message>
        <source>Submissions per hour (by tier)</source>
        <translation>Einreichungen pro Stunde (nach Vertrauensstufe)</translation>
    </message>
    <message>
        <source>Outlier z-score (by tier)</source>
        <translation>Ausreißer-z-Wert (nach Vertrauensstufe)</translation>
    </message>
    <message>
        <source>Duplicate window (seconds)</source>
        <translation>Zeitfenster für Duplikate (Sekunden)</translation>
    </message>
    <message>
        <source>Velocity: least seconds between scores</source>
        <translation>Geschwindigkeit: kleinster Abstand zwischen Punktzahlen in Sekunden</translation>
    </message>
    <message>
        <source>Outlier: scores needed first</source>
        <translation>Ausreißer: zuvor benötigte Punktzahlen</translation>
    </message>
    <message>
        <source>Outlier: scores in the window</source>
        <translation>Ausreißer: Punktzahlen im Fenster</translation>
    </message>
    <message>
        <source>New player top: players on the board</source>
        <translation>Neuer Spieler an der Spitze: Spieler in der Rangliste</translation>
    </message>
    <message>
        <source>New player top: at most earlier scores</source>
        <translation>Neuer Spieler an der Spitze: höchstens frühere Punktzahlen</translation>
    </message>
    <message>
        <source>New player top: rank reached</source>
        <translation>Neuer Spieler an der Spitze: erreichter Rang</translation>
    </message>
    <message>
        <source>Bot cadence: intervals looked at</source>
        <translation>Bot-Takt: betrachtete Intervalle</translation>
    </message>
    <message>
        <source>Bot cadence: largest variation (CV)</source>
        <translation>Bot-Takt: größte Schwankung (CV)</translation>
    </message>
    <message>
        <source>Linked accounts: cluster size</source>
        <translation>Verknüpfte Konten: Clustergröße</translation>
    </message>
    <message>
        <source>Alert streak gap (minutes)</source>
        <translation>Lücke in der Alarmserie (Minuten)</translation>
    </message>
    <message>
        <source>Escalate within (minutes)</source>
        <translation>Eskalieren innerhalb von (Minuten)</translation>
    </message>
    <message>
        <source>Watchlist after alerts</source>
        <translation>Beobachtungsliste nach Alarmen</translation>
    </message>
    <message>
        <source>Big eye after similar alerts</source>
        <translation>Stufe „Groß“ nach ähnlichen Alarmen</translation>
    </message>
    <message>
        <source>Ban after similar alerts</source>
        <translation>Sperre nach ähnlichen Alarmen</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AddBuildDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>Cancel &amp;hashing</source>
        <translation>&amp;Hashen abbrechen</translation>
    </message>
    <message>
        <source>Add build signature — %1</source>
        <translation>Build-Signatur hinzufügen — %1</translation>
    </message>
    <message>
        <source>Only clients whose binary matches a registered signature can log in once a game has any. Paste the SHA-256 of the release build, or pick the file and Arbiter hashes it for you.</source>
        <translation>Sobald ein Spiel Build-Signaturen hat, können sich nur noch Clients anmelden, deren Binärdatei zu einer registrierten Signatur passt. Fügen Sie den SHA-256 des Release-Builds ein oder wählen Sie die Datei aus, dann berechnet Arbiter den Hash für Sie.</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>64 hexadecimal characters</source>
        <translation>64 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. 1.4.2 Windows x64</source>
        <translation>z. B. 1.4.2 Windows x64</translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation>Fortschritt der Hash-Berechnung</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Add build</source>
        <translation>Build hin&amp;zufügen</translation>
    </message>
    <message numerus="yes">
        <source>A SHA-256 is 64 hexadecimal characters (0-9, a-f); this has %n.</source>
        <translation>
            <numerusform>Ein SHA-256 besteht aus 64 Hexadezimalzeichen (0-9, a-f); die Eingabe hat %n Zeichen.</numerusform>
            <numerusform>Ein SHA-256 besteht aus 64 Hexadezimalzeichen (0-9, a-f); die Eingabe hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looks like a valid SHA-256.</source>
        <translation>Sieht nach einem gültigen SHA-256 aus.</translation>
    </message>
    <message>
        <source>Choose the game binary</source>
        <translation>Binärdatei des Spiels auswählen</translation>
    </message>
    <message>
        <source>Hashing %1 — %2 of %3</source>
        <translation>Hash von %1 wird berechnet — %2 von %3</translation>
    </message>
    <message>
        <source>Hashing cancelled.</source>
        <translation>Hash-Berechnung abgebrochen.</translation>
    </message>
    <message>
        <source>Hashed %1.</source>
        <translation>Hash von %1 berechnet.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditExporter</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditModel</name>
    <message>
        <source>Cannot read the audit journal: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and link (Ctrl+Shift+V)</source>
        <translation>Hash und Verkettung jedes Eintrags neu berechnen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Write the whole journal to a CSV file (Ctrl+Shift+X)</source>
        <translation>Das gesamte Protokoll in eine CSV-Datei schreiben (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>Chain verification result</source>
        <translation>Ergebnis der Kettenprüfung</translation>
    </message>
    <message>
        <source>Newest first. Times are in your local time zone; the journal stores UTC.</source>
        <translation>Neueste zuerst. Zeiten in Ihrer lokalen Zeitzone; das Protokoll speichert UTC.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Kette wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot verify the chain: %1</source>
        <translation>Die Kette kann nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries</source>
        <translation>
            <numerusform>Kette intakt: %n Eintrag</numerusform>
            <numerusform>Kette intakt: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry #%1 — the journal was altered outside Arbiter from there on.</source>
        <translation>Kette unterbrochen bei Eintrag #%1 — das Protokoll wurde ab dort außerhalb von Arbiter verändert.</translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BanChart</name>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 Tage</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 Tage</translation>
    </message>
    <message>
        <source>Bans per day by reason</source>
        <translation>Sperren pro Tag nach Grund</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Die letzten 30 Tage anzeigen</translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation>Die letzten 90 Tage anzeigen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BanDialog</name>
    <message>
        <source>E&amp;xpires</source>
        <translation>Läuft &amp;ab</translation>
    </message>
    <message>
        <source>New ban</source>
        <translation>Neue Sperre</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Player id</source>
        <translation>Spieler-ID</translation>
    </message>
    <message>
        <source>player id (account ban)</source>
        <translation>Spieler-ID (Kontosperre)</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>device id (optional)</source>
        <translation>Geräte-ID (optional)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address (optional)</source>
        <translation>IPv4- oder IPv6-Adresse (optional)</translation>
    </message>
    <message>
        <source>Reasons, one per line</source>
        <translation>Gründe, einer pro Zeile</translation>
    </message>
    <message>
        <source>One reason per line, e.g. aimbot</source>
        <translation>Ein Grund pro Zeile, z. B. aimbot</translation>
    </message>
    <message>
        <source>The ban expires</source>
        <translation>Die Sperre läuft ab</translation>
    </message>
    <message>
        <source>Expiry time (local)</source>
        <translation>Ablaufzeit (lokal)</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>Spi&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Player:</source>
        <translation>S&amp;pieler:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Ge&amp;rät:</translation>
    </message>
    <message>
        <source>I&amp;P:</source>
        <translation>&amp;IP:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Gründe:</translation>
    </message>
    <message>
        <source>Name at least one of player, device and IP. The ban applies at once: matching sessions end and logins are refused. It is reported to the game&apos;s webhook.</source>
        <translation>Geben Sie mindestens Spieler, Gerät oder IP an. Die Sperre gilt sofort: Passende Sitzungen werden beendet und Anmeldungen abgelehnt. Sie wird an den Webhook des Spiels gemeldet.</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>player %1</source>
        <translation>Spieler %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>Choose a game (create one on the Games page first).</source>
        <translation>Wählen Sie ein Spiel (legen Sie zuerst eines auf der Seite „Spiele“ an).</translation>
    </message>
    <message>
        <source>Name at least one of player, device and IP.</source>
        <translation>Geben Sie mindestens Spieler, Gerät oder IP an.</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>must be an IPv4 or IPv6 address</source>
        <translation>muss eine IPv4- oder IPv6-Adresse sein</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Der Ablaufzeitpunkt muss in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BansModel</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>Selbstmeldung</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No webhook</source>
        <translation>Kein Webhook</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Lifted %1: %2</source>
        <translation>Aufgehoben %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Webhook report</source>
        <translation>Webhook-Bericht</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BansPage</name>
    <message>
        <source>Bans</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Aufheben…</translation>
    </message>
    <message>
        <source>Lift the selected ban (Ctrl+L)</source>
        <translation>Ausgewählte Sperre aufheben (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Resend report</source>
        <translation>Bericht erneut &amp;senden</translation>
    </message>
    <message>
        <source>Queue the selected ban&apos;s webhook report again (Ctrl+Shift+R)</source>
        <translation>Webhook-Bericht der ausgewählten Sperre erneut in die Warteschlange stellen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;New ban…</source>
        <translation>&amp;Neue Sperre…</translation>
    </message>
    <message>
        <source>Ban a player, device or IP (Ctrl+N)</source>
        <translation>Spieler, Gerät oder IP sperren (Strg+N)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Search bans</source>
        <translation>Sperren durchsuchen</translation>
    </message>
    <message>
        <source>Search player, device, IP, reason… (Ctrl+F)</source>
        <translation>Spieler, Gerät, IP, Grund suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Cannot read the bans: %1</source>
        <translation>Die Sperren können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No bans yet — the engine bans cheaters automatically when a game auto-bans; ban someone yourself with New ban… (Ctrl+N).</source>
        <translation>Noch keine Sperren — die Engine sperrt Betrüger automatisch, wenn ein Spiel automatisch sperrt; sperren Sie selbst jemanden mit „Neue Sperre…“ (Strg+N).</translation>
    </message>
    <message>
        <source>No bans match these filters — clear the search or choose All states / All sources.</source>
        <translation>Keine Sperren passen zu diesen Filtern — leeren Sie die Suche oder wählen Sie „Alle Status“ / „Alle Quellen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n ban(s) shown</source>
        <translation>
            <numerusform>%n Sperre angezeigt</numerusform>
            <numerusform>%n Sperren angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned (ban %1).</source>
        <translation>Gesperrt (Sperre %1).</translation>
    </message>
    <message>
        <source>Ban %1 lifted.</source>
        <translation>Sperre %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Cannot resend the report: %1</source>
        <translation>Der Bericht kann nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>Report of ban %1 queued again.</source>
        <translation>Bericht der Sperre %1 erneut in die Warteschlange gestellt.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BoardDialog</name>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Higher is better (desc)</source>
        <translation>Höher ist besser (desc)</translation>
    </message>
    <message>
        <source>Lower is better (asc)</source>
        <translation>Niedriger ist besser (asc)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Best score (best)</source>
        <translation>Beste Punktzahl (best)</translation>
    </message>
    <message>
        <source>Latest score (latest)</source>
        <translation>Letzte Punktzahl (latest)</translation>
    </message>
    <message>
        <source>Sum of scores (sum)</source>
        <translation>Summe der Punktzahlen (sum)</translation>
    </message>
    <message>
        <source>Sum of the best N per day (best_n_sum)</source>
        <translation>Summe der besten N pro Tag (best_n_sum)</translation>
    </message>
    <message>
        <source>Reset schedule</source>
        <translation>Zeitplan für das Zurücksetzen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Daily (00:00 UTC)</source>
        <translation>Täglich (00:00 UTC)</translation>
    </message>
    <message>
        <source>Weekly (Monday 00:00 UTC)</source>
        <translation>Wöchentlich (Montag 00:00 UTC)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>Begrenzen a&amp;uf:</translation>
    </message>
    <message>
        <source>Largest plausible score</source>
        <translation>Größte plausible Punktzahl</translation>
    </message>
    <message>
        <source>Scoring formula</source>
        <translation>Wertungsformel</translation>
    </message>
    <message>
        <source>Raw score (raw)</source>
        <translation>Rohpunktzahl (raw)</translation>
    </message>
    <message>
        <source>Log multiplier of win/bet (log_multiplier)</source>
        <translation>Log-Multiplikator aus Gewinn/Einsatz (log_multiplier)</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>Bonuskoeffizient</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>&amp;Kappen bei:</translation>
    </message>
    <message>
        <source>Cap per submission</source>
        <translation>Kappung pro Einreichung</translation>
    </message>
    <message>
        <source>Ca&amp;p:</source>
        <translation>Kapp&amp;en bei:</translation>
    </message>
    <message>
        <source>Cap per day</source>
        <translation>Kappung pro Tag</translation>
    </message>
    <message>
        <source>New board — %1</source>
        <translation>Neue Rangliste — %1</translation>
    </message>
    <message>
        <source>Edit board — %1</source>
        <translation>Rangliste bearbeiten — %1</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>Name der Rangliste</translation>
    </message>
    <message>
        <source>e.g. High scores</source>
        <translation>z. B. Highscores</translation>
    </message>
    <message>
        <source>Best N per day</source>
        <translation>Beste N pro Tag</translation>
    </message>
    <message>
        <source>The scoring starts as rule-set version 1.</source>
        <translation>Die Wertung beginnt als Regelsatz-Version 1.</translation>
    </message>
    <message>
        <source>Scoring is rule-set version %1. Changing the scoring makes version %2; history keeps the version it was scored under.</source>
        <translation>Die Wertung ist Regelsatz-Version %1. Eine Änderung der Wertung erzeugt Version %2; der Verlauf behält die Version, unter der gewertet wurde.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Sort order:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Best &amp;N per day:</source>
        <translation>Beste N pro &amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Reset:</source>
        <translation>&amp;Zurücksetzen:</translation>
    </message>
    <message>
        <source>Largest &amp;plausible score:</source>
        <translation>Größte &amp;plausible Punktzahl:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formel:</translation>
    </message>
    <message>
        <source>&amp;Bonus coefficient:</source>
        <translation>&amp;Bonuskoeffizient:</translation>
    </message>
    <message>
        <source>Cap per &amp;submission:</source>
        <translation>Kappung pro Ein&amp;reichung:</translation>
    </message>
    <message>
        <source>Cap per &amp;day:</source>
        <translation>Kappung pro Ta&amp;g:</translation>
    </message>
    <message>
        <source>Scoring (rule set)</source>
        <translation>Wertung (Regelsatz)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BoardsModel</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Scoring rule-set version %1 (%2)</source>
        <translation>Regelsatz-Version %1 der Wertung (%2)</translation>
    </message>
    <message>
        <source>Board id %1</source>
        <translation>Ranglisten-ID %1</translation>
    </message>
    <message>
        <source>Board id %1 · the board of tournament %2</source>
        <translation>Ranglisten-ID %1 · die Rangliste des Turniers %2</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Max plausible</source>
        <translation>Max. plausibel</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Wertung</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BuildsModel</name>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::CoreInvoker</name>
    <message>
        <source>The engine is not running.</source>
        <translation>Die Engine läuft nicht.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::DetectionThresholdsEditor</name>
    <message>
        <source>&lt;b&gt;Rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Regel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On&lt;/b&gt;</source>
        <translation>&lt;b&gt;An&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfidenz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 enabled</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation>Konfidenz für %1</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>%1 — tier %2</source>
        <translation>%1 — Stufe %2</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Changes apply to this game&apos;s next submissions.</source>
        <translation>Änderungen gelten für die nächsten Einreichungen dieses Spiels.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FileHasher</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagDetails</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Open &amp;player</source>
        <translation>Spieler &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>The player&apos;s recent scores</source>
        <translation>Die letzten Punktzahlen des Spielers</translation>
    </message>
    <message>
        <source>Rule evidence</source>
        <translation>Belege der Regel</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Open player</source>
        <translation>Spieler öffnen</translation>
    </message>
    <message>
        <source>Show this player&apos;s profile on the Players page</source>
        <translation>Profil dieses Spielers auf der Seite „Spieler“ anzeigen</translation>
    </message>
    <message>
        <source>Ban player</source>
        <translation>Spieler sperren</translation>
    </message>
    <message>
        <source>Open the new-ban dialog for this player</source>
        <translation>Dialog „Neue Sperre“ für diesen Spieler öffnen</translation>
    </message>
    <message>
        <source>Recent history (flagged points marked)</source>
        <translation>Letzter Verlauf (gemeldete Punkte markiert)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Select a flag to see its submission, the player&apos;s history and the evidence.</source>
        <translation>Wählen Sie eine Meldung, um ihre Einreichung, den Verlauf des Spielers und die Belege zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 confidence · player %3</source>
        <translation>%1 · Konfidenz %2 · Spieler %3</translation>
    </message>
    <message>
        <source>Not about a submission.</source>
        <translation>Betrifft keine Einreichung.</translation>
    </message>
    <message>
        <source>Loading the submission…</source>
        <translation>Einreichung wird geladen…</translation>
    </message>
    <message>
        <source>Cannot load the details: %1</source>
        <translation>Die Details können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Submission: value %1, points %2, %3, board %4, status %5%6</source>
        <translation>Einreichung: Wert %1, Punkte %2, %3, Rangliste %4, Status %5%6</translation>
    </message>
    <message>
        <source> (off the board since %1)</source>
        <translation> (seit %1 nicht mehr in der Rangliste)</translation>
    </message>
    <message>
        <source>The submission %1 is not stored.</source>
        <translation>Die Einreichung %1 ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation>Keine verknüpften Konten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gemeldet</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagFilterBar</name>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All games</source>
        <translation>Alle Spiele</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Alle Ranglisten</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>Jede Konfidenz</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Confirmed cheat</source>
        <translation>Betrug bestätigt</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Search by player</source>
        <translation>Nach Spieler suchen</translation>
    </message>
    <message>
        <source>Player id…</source>
        <translation>Spieler-ID…</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>S&amp;piel:</translation>
    </message>
    <message>
        <source>B&amp;oard:</source>
        <translation>R&amp;angliste:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>Re&amp;gel:</translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation>&amp;Konfidenz:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Pla&amp;yer:</source>
        <translation>Spi&amp;eler:</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Confirmed cheat</source>
        <translation>Betrug bestätigt</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Raised %1 (local time); flag %2</source>
        <translation>Ausgelöst %1 (Ortszeit); Meldung %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagsPage</name>
    <message>
        <source>&amp;Confirm cheat</source>
        <translation>&amp;Betrug bestätigen</translation>
    </message>
    <message>
        <source>Confirm the selected flags as cheats (C): the scores leave the boards; undo with Ctrl+Z</source>
        <translation>Ausgewählte Meldungen als Betrug bestätigen (C): Die Punktzahlen werden aus den Ranglisten entfernt; rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <source>&amp;False positive</source>
        <translation>&amp;Fehlalarm</translation>
    </message>
    <message>
        <source>Mark the selected flags as false positives (F)</source>
        <translation>Ausgewählte Meldungen als Fehlalarm markieren (F)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the selected flags (D)</source>
        <translation>Ausgewählte Meldungen verwerfen (D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Reopen the flags of the last resolution (Ctrl+Z)</source>
        <translation>Meldungen der letzten Entscheidung wieder öffnen (Strg+Z)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>False-positive rate by rule</source>
        <translation>Fehlalarmquote nach Regel</translation>
    </message>
    <message>
        <source>Flags to review</source>
        <translation>Zu prüfende Meldungen</translation>
    </message>
    <message>
        <source>Note for the resolution</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>Optional note (saved with the next action)</source>
        <translation>Optionale Notiz (wird mit der nächsten Aktion gespeichert)</translation>
    </message>
    <message>
        <source>Keys: J / K or arrows move, C confirm cheat, F false positive, D dismiss, Ctrl+Z undo. Times are local.</source>
        <translation>Tasten: J / K oder Pfeiltasten bewegen, C Betrug bestätigen, F Fehlalarm, D verwerfen, Strg+Z rückgängig. Zeiten sind Ortszeit.</translation>
    </message>
    <message>
        <source>%1: %L2 pending, none resolved</source>
        <translation>%1: %L2 ausstehend, keine erledigt</translation>
    </message>
    <message>
        <source>%1: %2% false positives (%L3 of %L4 resolved), %L5 pending</source>
        <translation>%1: %2 % Fehlalarme (%L3 von %L4 erledigt), %L5 ausstehend</translation>
    </message>
    <message>
        <source>False-positive rate by rule: no flags yet.</source>
        <translation>Fehlalarmquote nach Regel: noch keine Meldungen.</translation>
    </message>
    <message>
        <source>False-positive rate by rule — %1</source>
        <translation>Fehlalarmquote nach Regel — %1</translation>
    </message>
    <message>
        <source>No flags to review — all clear</source>
        <translation>Keine Meldungen zu prüfen — alles in Ordnung</translation>
    </message>
    <message>
        <source>No flags match these filters — widen them (e.g. status &quot;Any status&quot;) to see more</source>
        <translation>Keine Meldungen passen zu diesen Filtern — erweitern Sie sie (z. B. Status „Jeder Status“), um mehr zu sehen</translation>
    </message>
    <message>
        <source>Select a pending flag first (only pending flags can be resolved).</source>
        <translation>Wählen Sie zuerst eine ausstehende Meldung (nur ausstehende Meldungen können erledigt werden).</translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n flag(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Meldung erledigt. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Meldungen erledigt. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1 of %2: %3</source>
        <translation>%1 von %2 erledigt: %3</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n flag(s).</source>
        <translation>
            <numerusform>%n Meldung wieder geöffnet.</numerusform>
            <numerusform>%n Meldungen wieder geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameDetails</name>
    <message>
        <source>Encryption keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Build signatures</source>
        <translation>Build-Signaturen</translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation>Schlüssel &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;move build…</source>
        <translation>Build &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Generate &amp;secret…</source>
        <translation>&amp;Geheimnis erzeugen…</translation>
    </message>
    <message>
        <source>Generate &amp;key…</source>
        <translation>&amp;Schlüssel erzeugen…</translation>
    </message>
    <message>
        <source>Add &amp;build…</source>
        <translation>Build &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit the game&apos;s settings (Ctrl+E)</source>
        <translation>Einstellungen des Spiels bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <source>Create a new backend secret; the old one stops working at once</source>
        <translation>Neues Backend-Geheimnis erzeugen; das alte wird sofort ungültig</translation>
    </message>
    <message>
        <source>Backend secret</source>
        <translation>Backend-Geheimnis</translation>
    </message>
    <message>
        <source>Encryption keys (AES-256-GCM)</source>
        <translation>Schlüssel (AES-256-GCM)</translation>
    </message>
    <message>
        <source>Game id %1 · created %2</source>
        <translation>Spiel-ID %1 · angelegt %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Anti-cheat</source>
        <translation>Anti-Cheat</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Auto-ban</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <source>Trust proxy</source>
        <translation>Proxy vertrauen</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No secret yet. The game backend needs one to submit scores for players.</source>
        <translation>Noch kein Geheimnis. Das Spiel-Backend braucht eines, um Punktzahlen für Spieler einzureichen.</translation>
    </message>
    <message>
        <source>A secret is set. Generating a new one replaces it at once.</source>
        <translation>Ein Geheimnis ist gesetzt. Ein neu erzeugtes ersetzt es sofort.</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Ranglisten</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Turniere</translation>
    </message>
    <message>
        <source>Edit b&amp;oard…</source>
        <translation>Rangliste be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Send &amp;test webhook</source>
        <translation>&amp;Test-Webhook senden</translation>
    </message>
    <message>
        <source>Queue a test message to the game&apos;s webhook URL and show how its delivery went</source>
        <translation>Eine Testnachricht an die Webhook-URL des Spiels in die Warteschlange stellen und anzeigen, wie die Zustellung verlief</translation>
    </message>
    <message>
        <source>&amp;New board…</source>
        <translation>&amp;Neue Rangliste…</translation>
    </message>
    <message>
        <source>New tour&amp;nament…</source>
        <translation>Neues T&amp;urnier…</translation>
    </message>
    <message>
        <source>Create a leaderboard for this game</source>
        <translation>Eine Rangliste für dieses Spiel anlegen</translation>
    </message>
    <message>
        <source>Rename the board or change its scoring (a new rule-set version)</source>
        <translation>Rangliste umbenennen oder ihre Wertung ändern (eine neue Regelsatz-Version)</translation>
    </message>
    <message>
        <source>&amp;Keys &amp;&amp; builds</source>
        <translation>Schlüssel &amp;&amp; Buil&amp;ds</translation>
    </message>
    <message>
        <source>Boards &amp;&amp; to&amp;urnaments</source>
        <translation>&amp;Ranglisten &amp;&amp; Turniere</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation>Standard-Schwellenwerte</translation>
    </message>
    <message numerus="yes">
        <source>%n setting group(s) changed from the defaults</source>
        <translation>
            <numerusform>%n Einstellungsgruppe gegenüber den Standardwerten geändert</numerusform>
            <numerusform>%n Einstellungsgruppen gegenüber den Standardwerten geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Ban reports go to the webhook URL; send a test message to check it.</source>
        <translation>Sperrmeldungen gehen an die Webhook-URL; senden Sie eine Testnachricht, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Set a webhook URL first (Edit…)</source>
        <translation>Legen Sie zuerst eine Webhook-URL fest (Bearbeiten…)</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameDialog</name>
    <message>
        <source>&amp;Anti-cheat: run the detection rules on submissions</source>
        <translation>&amp;Anti-Cheat: Erkennungsregeln auf Einreichungen anwenden</translation>
    </message>
    <message>
        <source>&amp;Test mode: keep submissions off public boards</source>
        <translation>&amp;Testmodus: Einreichungen von öffentlichen Ranglisten fernhalten</translation>
    </message>
    <message>
        <source>A&amp;uto-ban on high-confidence cheats</source>
        <translation>A&amp;utomatisch sperren bei Betrug mit hoher Konfidenz</translation>
    </message>
    <message>
        <source>Trust &amp;proxy: take the client IP from X-Forwarded-For (loopback peers only)</source>
        <translation>&amp;Proxy vertrauen: Client-IP aus X-Forwarded-For übernehmen (nur Loopback-Gegenstellen)</translation>
    </message>
    <message>
        <source>Create game</source>
        <translation>Spiel anlegen</translation>
    </message>
    <message>
        <source>Edit game — %1</source>
        <translation>Spiel bearbeiten — %1</translation>
    </message>
    <message>
        <source>Game name</source>
        <translation>Spielname</translation>
    </message>
    <message>
        <source>e.g. Space Racer</source>
        <translation>z. B. Space Racer</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Ban reports are sent here. https://, or http:// to this machine. Leave empty for none.</source>
        <translation>Sperrmeldungen werden hierhin gesendet. https:// oder http:// zu diesem Rechner. Leer lassen, wenn keine gesendet werden sollen.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allge&amp;mein</translation>
    </message>
    <message>
        <source>&amp;Detection thresholds</source>
        <translation>&amp;Erkennungsschwellen</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameFilterBox</name>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Show one game or all games</source>
        <translation>Ein Spiel oder alle Spiele anzeigen</translation>
    </message>
    <message>
        <source>All games</source>
        <translation>Alle Spiele</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GamesModel</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Game id: %1</source>
        <translation>Spiel-ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anti-cheat</source>
        <translation>Anti-Cheat</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Builds</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GamesPage</name>
    <message>
        <source>No games yet</source>
        <translation>Noch keine Spiele</translation>
    </message>
    <message>
        <source>Create a game to get its id, a backend secret and encryption keys, and to register the builds allowed to log in.</source>
        <translation>Legen Sie ein Spiel an, um seine ID, ein Backend-Geheimnis und Schlüssel zu erhalten und die Builds zu registrieren, die sich anmelden dürfen.</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation>&amp;Neues Spiel…</translation>
    </message>
    <message>
        <source>Create a game (Ctrl+N)</source>
        <translation>Spiel anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Create game</source>
        <translation>Spiel &amp;anlegen</translation>
    </message>
    <message>
        <source>Replace the secret?</source>
        <translation>Geheimnis ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already has a secret. A new one replaces it at once: the game backend is refused until it is configured with the new secret.</source>
        <translation>„%1“ hat bereits ein Geheimnis. Ein neues ersetzt es sofort: Das Spiel-Backend wird abgewiesen, bis es mit dem neuen Geheimnis konfiguriert ist.</translation>
    </message>
    <message>
        <source>&amp;Replace secret</source>
        <translation>Geheimnis &amp;ersetzen</translation>
    </message>
    <message>
        <source>Cannot generate a secret</source>
        <translation>Geheimnis kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>New secret — %1</source>
        <translation>Neues Geheimnis — %1</translation>
    </message>
    <message>
        <source>This secret is shown only now and cannot be shown again: copy it into the game backend&apos;s configuration. It has already replaced any previous secret, which no longer works.</source>
        <translation>Dieses Geheimnis wird nur jetzt angezeigt und kann später nicht erneut angezeigt werden: Kopieren Sie es in die Konfiguration des Spiel-Backends. Es hat ein etwaiges früheres Geheimnis bereits ersetzt; dieses funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Game id</source>
        <translation>Spiel-ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Cannot generate an encryption key</source>
        <translation>Schlüssel kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>New encryption key — %1</source>
        <translation>Neuer Schlüssel — %1</translation>
    </message>
    <message>
        <source>This key is shown only now and cannot be shown again: copy it into the game client build. Older keys stay valid until you revoke them.</source>
        <translation>Dieser Schlüssel wird nur jetzt angezeigt und kann später nicht erneut angezeigt werden: Kopieren Sie ihn in den Build des Spiel-Clients. Ältere Schlüssel bleiben gültig, bis Sie sie widerrufen.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Key (base64)</source>
        <translation>Schlüssel (base64)</translation>
    </message>
    <message>
        <source>Revoke the key?</source>
        <translation>Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>Key %1 stops working at once: clients still encrypting with it are refused.</source>
        <translation>Schlüssel %1 wird sofort ungültig: Clients, die noch damit verschlüsseln, werden abgewiesen.</translation>
    </message>
    <message>
        <source>&amp;Revoke key</source>
        <translation>Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <source>Cannot revoke the key</source>
        <translation>Schlüssel kann nicht widerrufen werden</translation>
    </message>
    <message>
        <source>Remove the build?</source>
        <translation>Build entfernen?</translation>
    </message>
    <message>
        <source>Players still running this build fail the signature check at login, and are banned for it, as long as other builds are registered.

%1</source>
        <translation>Spieler, die noch diesen Build verwenden, scheitern bei der Anmeldung an der Signaturprüfung und werden dafür gesperrt, solange andere Builds registriert sind.

%1</translation>
    </message>
    <message>
        <source>Re&amp;move build</source>
        <translation>Build &amp;entfernen</translation>
    </message>
    <message>
        <source>Cannot remove the build</source>
        <translation>Build kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Test message delivered (%1) at %2.</source>
        <translation>Testnachricht zugestellt (%1) am %2.</translation>
    </message>
    <message numerus="yes">
        <source>Test message failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Testnachricht nach %n Versuch fehlgeschlagen: %1</numerusform>
            <numerusform>Testnachricht nach %n Versuchen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Test message queued; sending…</source>
        <translation>Testnachricht in der Warteschlange; wird gesendet…</translation>
    </message>
    <message>
        <source>Test message not delivered yet (attempt %1: %2); retrying at %3.</source>
        <translation>Testnachricht noch nicht zugestellt (Versuch %1: %2); neuer Versuch am %3.</translation>
    </message>
    <message>
        <source>Queueing a test message…</source>
        <translation>Testnachricht wird in die Warteschlange gestellt…</translation>
    </message>
    <message>
        <source>No test message sent: %1</source>
        <translation>Keine Testnachricht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::KeysModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LeaderboardModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>⚑ flagged</source>
        <translation>⚑ gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>Up %n place(s)</source>
        <translation>
            <numerusform>%n Platz nach oben</numerusform>
            <numerusform>%n Plätze nach oben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Down %n place(s)</source>
        <translation>
            <numerusform>%n Platz nach unten</numerusform>
            <numerusform>%n Plätze nach unten</numerusform>
        </translation>
    </message>
    <message>
        <source>The player has a pending flag on this board: see the Flags page</source>
        <translation>Der Spieler hat eine ausstehende Meldung in dieser Rangliste: siehe Seite „Meldungen“</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erzielt</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Newly among the shown entries</source>
        <translation>Neu unter den angezeigten Einträgen</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LeaderboardsPage</name>
    <message>
        <source>All time</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Show &amp;top</source>
        <translation>&amp;Top anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open player</source>
        <translation>Spieler &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>Bestenlisten</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Find player</source>
        <translation>Spieler suchen</translation>
    </message>
    <message>
        <source>Find player (Ctrl+F)…</source>
        <translation>Spieler suchen (Strg+F)…</translation>
    </message>
    <message>
        <source>Show the top 100</source>
        <translation>Die Top 100 anzeigen</translation>
    </message>
    <message>
        <source>Back to the top 100 (Esc in the search field)</source>
        <translation>Zurück zu den Top 100 (Esc im Suchfeld)</translation>
    </message>
    <message>
        <source>Open the selected player&apos;s profile (Ctrl+O)</source>
        <translation>Profil des ausgewählten Spielers öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Ban the selected player (Ctrl+B)</source>
        <translation>Ausgewählten Spieler sperren (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>Spi&amp;el:</translation>
    </message>
    <message>
        <source>Boa&amp;rd:</source>
        <translation>&amp;Rangliste:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Leaderboard entries</source>
        <translation>Einträge der Bestenliste</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No games yet</source>
        <translation>Noch keine Spiele</translation>
    </message>
    <message>
        <source>Create one on the Games page, then add a board to it.</source>
        <translation>Legen Sie eines auf der Seite „Spiele“ an und fügen Sie ihm dann eine Rangliste hinzu.</translation>
    </message>
    <message>
        <source>%1 (tournament)</source>
        <translation>%1 (Turnier)</translation>
    </message>
    <message>
        <source>No boards yet</source>
        <translation>Noch keine Ranglisten</translation>
    </message>
    <message>
        <source>No boards yet — create one on the Games page.</source>
        <translation>Noch keine Ranglisten — legen Sie eine auf der Seite „Spiele“ an.</translation>
    </message>
    <message>
        <source>No scores in this period yet</source>
        <translation>Noch keine Punktzahlen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Entries appear here live as players submit scores.</source>
        <translation>Einträge erscheinen hier live, sobald Spieler Punktzahlen einreichen.</translation>
    </message>
    <message>
        <source>“%1” has no rank in %2. Showing the top %3 of %4.</source>
        <translation>„%1“ hat keinen Rang in %2. Angezeigt werden die Top %3 von %4.</translation>
    </message>
    <message>
        <source>Around “%1” · %2 ranked · %3</source>
        <translation>Rund um „%1“ · %2 platziert · %3</translation>
    </message>
    <message>
        <source>Top %1 of %2 ranked · %3</source>
        <translation>Top %1 von %2 Platzierten · %3</translation>
    </message>
    <message>
        <source>Current — %1</source>
        <translation>Aktuell — %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LiftBanDialog</name>
    <message>
        <source>&amp;Restore the player&apos;s earlier scores to the boards</source>
        <translation>Frühere Punktzahlen des Spielers in den Ranglisten &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Lift the ban on %1?</source>
        <translation>Sperre für %1 aufheben?</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the audit journal):</source>
        <translation>&amp;Notiz (bleibt im Prüfprotokoll):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>e.g. appeal accepted</source>
        <translation>z. B. Einspruch angenommen</translation>
    </message>
    <message>
        <source>Restore scores</source>
        <translation>Punktzahlen wiederherstellen</translation>
    </message>
    <message>
        <source>Without this, the scores the player had before the ban stay off the boards for good.</source>
        <translation>Ohne diese Option bleiben die Punktzahlen, die der Spieler vor der Sperre hatte, dauerhaft aus den Ranglisten entfernt.</translation>
    </message>
    <message>
        <source>&amp;Lift ban</source>
        <translation>Sperre &amp;aufheben</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::MainWindow</name>
    <message>
        <source>Arbiter</source>
        <translation>Arbiter</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>Bestenlisten</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open flags: —</source>
        <translation>Offene Meldungen: —</translation>
    </message>
    <message>
        <source>Open flags: %L1</source>
        <translation>Offene Meldungen: %L1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listener: starting…</source>
        <translation>Listener: wird gestartet…</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>Listener gestoppt</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::OverviewCharts</name>
    <message>
        <source>Submissions per minute (last hour)</source>
        <translation>Einreichungen pro Minute (letzte Stunde)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Open flags by type</source>
        <translation>Offene Meldungen nach Typ</translation>
    </message>
    <message>
        <source>Players per eye stage</source>
        <translation>Spieler pro Beobachtungsstufe</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Bans per day (last 30 days)</source>
        <translation>Sperren pro Tag (letzte 30 Tage)</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Offene Meldungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::OverviewPage</name>
    <message>
        <source>Submissions in the last minute</source>
        <translation>Einreichungen in der letzten Minute</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Offene Meldungen</translation>
    </message>
    <message>
        <source>Players at little eye</source>
        <translation>Spieler auf Stufe „Klein“</translation>
    </message>
    <message>
        <source>Players at short eye</source>
        <translation>Spieler auf Stufe „Kurz“</translation>
    </message>
    <message>
        <source>Players at big eye</source>
        <translation>Spieler auf Stufe „Groß“</translation>
    </message>
    <message>
        <source>Bans today</source>
        <translation>Sperren heute</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Spiel:</translation>
    </message>
    <message>
        <source>Open the leaderboards</source>
        <translation>Bestenlisten öffnen</translation>
    </message>
    <message>
        <source>Open the flag queue</source>
        <translation>Warteschlange der Meldungen öffnen</translation>
    </message>
    <message>
        <source>Open the watchlist at this stage</source>
        <translation>Beobachtungsliste auf dieser Stufe öffnen</translation>
    </message>
    <message>
        <source>Open the bans</source>
        <translation>Sperren öffnen</translation>
    </message>
    <message>
        <source>Cannot read the overview: %1</source>
        <translation>Die Übersicht kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::PlayerProfileView</name>
    <message>
        <source>Se&amp;t tier</source>
        <translation>Stufe se&amp;tzen</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Aufheben…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Trust tier to set</source>
        <translation>Zu setzende Vertrauensstufe</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Set the player&apos;s trust tier (Ctrl+T); Automatic lets the rules decide again</source>
        <translation>Vertrauensstufe des Spielers setzen (Strg+T); „Automatisch“ überlässt die Entscheidung wieder den Regeln</translation>
    </message>
    <message>
        <source>Ban this player (Ctrl+B)</source>
        <translation>Diesen Spieler sperren (Strg+B)</translation>
    </message>
    <message>
        <source>Lift the player&apos;s active ban (Ctrl+L)</source>
        <translation>Aktive Sperre des Spielers aufheben (Strg+L)</translation>
    </message>
    <message>
        <source>Save the profile as a JSON file (Ctrl+E)</source>
        <translation>Profil als JSON-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Eye-stage timeline</source>
        <translation>Stufenverlauf</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IPs</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Players sharing a device or IP with this one, directly or through others. Double-click or press Enter to open one.</source>
        <translation>Spieler, die direkt oder über andere ein Gerät oder eine IP mit diesem Spieler teilen. Doppelklicken oder die Eingabetaste drücken, um einen zu öffnen.</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>Zuerst gesehen %1 · zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>Trust tier: %1 (set by a moderator)</source>
        <translation>Vertrauensstufe: %1 (von einem Moderator gesetzt)</translation>
    </message>
    <message>
        <source>Trust tier: %1 (automatic)</source>
        <translation>Vertrauensstufe: %1 (automatisch)</translation>
    </message>
    <message>
        <source>Eye stage: %1</source>
        <translation>Beobachtungsstufe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the current streak</source>
        <translation>
            <numerusform>%n Alarm in der aktuellen Serie</numerusform>
            <numerusform>%n Alarme in der aktuellen Serie</numerusform>
        </translation>
    </message>
    <message>
        <source>off the watchlist at %1 unless another alert comes</source>
        <translation>verlässt die Beobachtungsliste am %1, falls kein weiterer Alarm kommt</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>removed from the board</source>
        <translation>aus der Rangliste entfernt</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::PlayerSearchModel</name>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Vertrauensstufe</translation>
    </message>
    <message>
        <source>Eye stage</source>
        <translation>Beobachtungsstufe</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::PlayersPage</name>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Player id starts with</source>
        <translation>Spieler-ID beginnt mit</translation>
    </message>
    <message>
        <source>Player id starts with… (Ctrl+F)</source>
        <translation>Spieler-ID beginnt mit… (Strg+F)</translation>
    </message>
    <message>
        <source>Matching players</source>
        <translation>Passende Spieler</translation>
    </message>
    <message>
        <source>Choose a game and type the start of a player&apos;s id to see their profile.</source>
        <translation>Wählen Sie ein Spiel und geben Sie den Anfang einer Spieler-ID ein, um das Profil des Spielers zu sehen.</translation>
    </message>
    <message>
        <source>No games yet — create one on the Games page; its players appear here once they log in.</source>
        <translation>Noch keine Spiele — legen Sie eines auf der Seite „Spiele“ an; seine Spieler erscheinen hier, sobald sie sich anmelden.</translation>
    </message>
    <message>
        <source>Cannot search players: %1</source>
        <translation>Spieler können nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>The first %1 matches; type more of the id to narrow them.</source>
        <translation>Die ersten %1 Treffer; geben Sie mehr von der ID ein, um sie einzugrenzen.</translation>
    </message>
    <message>
        <source>No players in this game yet — they appear once they log in.</source>
        <translation>Noch keine Spieler in diesem Spiel — sie erscheinen, sobald sie sich anmelden.</translation>
    </message>
    <message>
        <source>No player id starts with “%1”.</source>
        <translation>Keine Spieler-ID beginnt mit „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n player(s)</source>
        <translation>
            <numerusform>%n Spieler</numerusform>
            <numerusform>%n Spieler</numerusform>
        </translation>
    </message>
    <message>
        <source>No player “%1” in this game — players appear once they log in.</source>
        <translation>Kein Spieler „%1“ in diesem Spiel — Spieler erscheinen, sobald sie sich anmelden.</translation>
    </message>
    <message>
        <source>Cannot read the profile: %1</source>
        <translation>Das Profil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Banned (ban %1).</source>
        <translation>Gesperrt (Sperre %1).</translation>
    </message>
    <message>
        <source>Ban %1 lifted.</source>
        <translation>Sperre %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Cannot set the tier: %1</source>
        <translation>Die Vertrauensstufe kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Tier back to automatic.</source>
        <translation>Vertrauensstufe wieder automatisch.</translation>
    </message>
    <message>
        <source>Tier set to %1.</source>
        <translation>Vertrauensstufe auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Export the player&apos;s profile</source>
        <translation>Profil des Spielers exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Profile exported to %1.</source>
        <translation>Profil nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::Rules</name>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Impossible value</source>
        <translation>Unmöglicher Wert</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>New player on top</source>
        <translation>Neuer Spieler an der Spitze</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Bot cadence</source>
        <translation>Bot-Takt</translation>
    </message>
    <message>
        <source>Ban recommended</source>
        <translation>Sperre empfohlen</translation>
    </message>
    <message>
        <source>Server mismatch</source>
        <translation>Server-Abweichung</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::SecretDialog</name>
    <message>
        <source>I have stored it — &amp;Close</source>
        <translation>Ich habe es gespeichert — &amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::ServerPage</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Admin-Token</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Co&amp;py token</source>
        <translation>T&amp;oken kopieren</translation>
    </message>
    <message>
        <source>From the ARBITER_ADMIN_TOKEN environment variable.</source>
        <translation>Aus der Umgebungsvariable ARBITER_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Stored in %1 (readable by your user only).</source>
        <translation>Gespeichert in %1 (nur für Ihren Benutzer lesbar).</translation>
    </message>
    <message>
        <source>Scripts send it as “Authorization: Bearer &lt;token&gt;” to /admin/v1.</source>
        <translation>Skripte senden das Token als „Authorization: Bearer &lt;token&gt;“ an /admin/v1.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Admin-&amp;Token:</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>Offene Verbindungen:</translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation>Anfragen pro Sekunde:</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>Beantwortete Anfragen:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Listening on %1%2</source>
        <translation>Lauscht auf %1%2</translation>
    </message>
    <message>
        <source> (TLS)</source>
        <translation> (TLS)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::SettingsPage</name>
    <message>
        <source>&amp;Save name</source>
        <translation>Namen s&amp;peichern</translation>
    </message>
    <message>
        <source>Moderator name</source>
        <translation>Moderatorname</translation>
    </message>
    <message>
        <source>Your name, as the audit journal records it</source>
        <translation>Ihr Name, wie ihn das Prüfprotokoll festhält</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Every action you take in the console (bans, flag decisions, new secrets) is written to the audit journal under this name. Changing it is itself recorded.</source>
        <translation>Jede Aktion, die Sie in der Konsole ausführen (Sperren, Entscheidungen zu Meldungen, neue Geheimnisse), wird unter diesem Namen im Prüfprotokoll festgehalten. Auch eine Änderung des Namens wird protokolliert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. Your actions are now recorded as “%1”.</source>
        <translation>Gespeichert. Ihre Aktionen werden jetzt als „%1“ protokolliert.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::Stages</name>
    <message>
        <source>Little eye</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Short eye</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Big eye</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Off watchlist</source>
        <translation>Nicht beobachtet</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::TournamentDialog</name>
    <message>
        <source>Starts at</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>Begrenzen a&amp;uf:</translation>
    </message>
    <message>
        <source>Require the game server&apos;s &amp;confirmation of every round</source>
        <translation>Bes&amp;tätigung jeder Runde durch den Spielserver verlangen</translation>
    </message>
    <message>
        <source>New tournament — %1</source>
        <translation>Neues Turnier — %1</translation>
    </message>
    <message>
        <source>Tournament name</source>
        <translation>Name des Turniers</translation>
    </message>
    <message>
        <source>e.g. Weekend Cup</source>
        <translation>z. B. Weekend Cup</translation>
    </message>
    <message>
        <source>Attempts per player</source>
        <translation>Versuche pro Spieler</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Higher is better (desc)</source>
        <translation>Höher ist besser (desc)</translation>
    </message>
    <message>
        <source>Lower is better (asc)</source>
        <translation>Niedriger ist besser (asc)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Attempts per player:</source>
        <translation>&amp;Versuche pro Spieler:</translation>
    </message>
    <message>
        <source>S&amp;ort order:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::TournamentsModel</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Tournament id %1 · board %2</source>
        <translation>Turnier-ID %1 · Rangliste %2</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Turnier</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchTimelineModel</name>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Alert (%1)</source>
        <translation>Alarm (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchlistModel</name>
    <message>
        <source>Off the watchlist at %1 unless another alert comes first</source>
        <translation>Verlässt die Beobachtungsliste am %1, falls vorher kein weiterer Alarm kommt</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Alerts in streak</source>
        <translation>Alarme in Serie</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Last cause</source>
        <translation>Letzte Ursache</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchlistPage</name>
    <message>
        <source>Players on the watchlist</source>
        <translation>Spieler auf der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Stage timeline of the selected player</source>
        <translation>Stufenverlauf des ausgewählten Spielers</translation>
    </message>
    <message>
        <source>&amp;Open player</source>
        <translation>Spieler &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Mark &amp;trusted</source>
        <translation>Als &amp;vertrauenswürdig markieren</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Eye stage</source>
        <translation>Beobachtungsstufe</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>Spi&amp;el:</translation>
    </message>
    <message>
        <source>Nobody is on the watchlist — players appear here after their first alert</source>
        <translation>Niemand steht auf der Beobachtungsliste — Spieler erscheinen hier nach ihrem ersten Alarm</translation>
    </message>
    <message>
        <source>Select a player to see their stage timeline.</source>
        <translation>Wählen Sie einen Spieler, um seinen Stufenverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Open the player&apos;s profile (Ctrl+O)</source>
        <translation>Profil des Spielers öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Ban the player… (Ctrl+B)</source>
        <translation>Spieler sperren… (Strg+B)</translation>
    </message>
    <message>
        <source>Set the player&apos;s trust tier to A (Ctrl+T)</source>
        <translation>Vertrauensstufe des Spielers auf A setzen (Strg+T)</translation>
    </message>
    <message>
        <source>Players per stage (last 24 hours)</source>
        <translation>Spieler pro Stufe (letzte 24 Stunden)</translation>
    </message>
    <message>
        <source>Cannot read the watchlist: %1</source>
        <translation>Die Beobachtungsliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stage timeline of %1</source>
        <translation>Stufenverlauf von %1</translation>
    </message>
    <message>
        <source>Cannot read the timeline: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is trusted now (tier A).</source>
        <translation>%1 ist jetzt vertrauenswürdig (Stufe A).</translation>
    </message>
    <message>
        <source>Cannot mark %1 as trusted: %2</source>
        <translation>%1 kann nicht als vertrauenswürdig markiert werden: %2</translation>
    </message>
</context>
</TS>
