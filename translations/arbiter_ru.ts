<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BanFlow</name>
    <message>
        <source>player %1</source>
        <translation>игрок %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>устройство %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>Ban %1 until %2? Their sessions end at once and logins are refused until then.</source>
        <translation>Заблокировать (%1) до %2? Их сеансы сразу завершатся, а входы будут отклоняться до этого времени.</translation>
    </message>
    <message>
        <source>Ban %1? Their sessions end at once and logins are refused until the ban is lifted.</source>
        <translation>Заблокировать (%1)? Их сеансы сразу завершатся, а входы будут отклоняться, пока блокировка не будет снята.</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Заблокировать</translation>
    </message>
</context>
<context>
    <name>DetectionThresholdsEditor</name>
    <message>
        <source>Submissions per hour (by tier)</source>
        <translation>Результатов в час (по уровням)</translation>
    </message>
    <message>
        <source>Outlier z-score (by tier)</source>
        <translation>Z-оценка выброса (по уровням)</translation>
    </message>
    <message>
        <source>Duplicate window (seconds)</source>
        <translation>Окно поиска дубликатов (секунды)</translation>
    </message>
    <message>
        <source>Velocity: least seconds between scores</source>
        <translation>Скорость: минимум секунд между результатами</translation>
    </message>
    <message>
        <source>Outlier: scores needed first</source>
        <translation>Выброс: результатов до первой проверки</translation>
    </message>
    <message>
        <source>Outlier: scores in the window</source>
        <translation>Выброс: результатов в окне</translation>
    </message>
    <message>
        <source>New player top: players on the board</source>
        <translation>Новичок в топе: игроков в таблице</translation>
    </message>
    <message>
        <source>New player top: at most earlier scores</source>
        <translation>Новичок в топе: не более прежних результатов</translation>
    </message>
    <message>
        <source>New player top: rank reached</source>
        <translation>Новичок в топе: достигнутое место</translation>
    </message>
    <message>
        <source>Bot cadence: intervals looked at</source>
        <translation>Ритм бота: учитываемых интервалов</translation>
    </message>
    <message>
        <source>Bot cadence: largest variation (CV)</source>
        <translation>Ритм бота: наибольшая вариация (CV)</translation>
    </message>
    <message>
        <source>Linked accounts: cluster size</source>
        <translation>Связанные аккаунты: размер группы</translation>
    </message>
    <message>
        <source>Alert streak gap (minutes)</source>
        <translation>Разрыв серии сигналов (минуты)</translation>
    </message>
    <message>
        <source>Escalate within (minutes)</source>
        <translation>Окно повышения стадии (минуты)</translation>
    </message>
    <message>
        <source>Watchlist after alerts</source>
        <translation>Сигналов до попадания в список наблюдения</translation>
    </message>
    <message>
        <source>Big eye after similar alerts</source>
        <translation>Похожих сигналов до большой стадии</translation>
    </message>
    <message>
        <source>Ban after similar alerts</source>
        <translation>Похожих сигналов до блокировки</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AddBuildDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Cancel &amp;hashing</source>
        <translation>&amp;Отменить хеширование</translation>
    </message>
    <message>
        <source>Add build signature — %1</source>
        <translation>Добавить подпись сборки — %1</translation>
    </message>
    <message>
        <source>Only clients whose binary matches a registered signature can log in once a game has any. Paste the SHA-256 of the release build, or pick the file and Arbiter hashes it for you.</source>
        <translation>Если у игры есть хотя бы одна зарегистрированная подпись, войти смогут только клиенты, чей исполняемый файл ей соответствует. Вставьте SHA-256 релизной сборки или выберите файл — Arbiter вычислит хеш сам.</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>64 hexadecimal characters</source>
        <translation>64 шестнадцатеричных символа</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>e.g. 1.4.2 Windows x64</source>
        <translation>напр. 1.4.2 Windows x64</translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation>Ход хеширования</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>&amp;Add build</source>
        <translation>&amp;Добавить сборку</translation>
    </message>
    <message numerus="yes">
        <source>A SHA-256 is 64 hexadecimal characters (0-9, a-f); this has %n.</source>
        <translation>
            <numerusform>SHA-256 состоит из 64 шестнадцатеричных символов (0-9, a-f); здесь %n символ.</numerusform>
            <numerusform>SHA-256 состоит из 64 шестнадцатеричных символов (0-9, a-f); здесь %n символа.</numerusform>
            <numerusform>SHA-256 состоит из 64 шестнадцатеричных символов (0-9, a-f); здесь %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looks like a valid SHA-256.</source>
        <translation>Похоже на корректный SHA-256.</translation>
    </message>
    <message>
        <source>Choose the game binary</source>
        <translation>Выберите исполняемый файл игры</translation>
    </message>
    <message>
        <source>Hashing %1 — %2 of %3</source>
        <translation>Хеширование %1 — %2 из %3</translation>
    </message>
    <message>
        <source>Hashing cancelled.</source>
        <translation>Хеширование отменено.</translation>
    </message>
    <message>
        <source>Hashed %1.</source>
        <translation>Файл %1 хеширован.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditExporter</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditModel</name>
    <message>
        <source>Cannot read the audit journal: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспортировать в CSV…</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and link (Ctrl+Shift+V)</source>
        <translation>Пересчитать хеш и связь каждой записи (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Write the whole journal to a CSV file (Ctrl+Shift+X)</source>
        <translation>Записать весь журнал в файл CSV (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Chain verification result</source>
        <translation>Результат проверки цепочки</translation>
    </message>
    <message>
        <source>Newest first. Times are in your local time zone; the journal stores UTC.</source>
        <translation>Сначала новые. Время показано в вашем часовом поясе; журнал хранит его в UTC.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message>
        <source>Cannot verify the chain: %1</source>
        <translation>Не удалось проверить цепочку: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries</source>
        <translation>
            <numerusform>Цепочка цела: %n запись</numerusform>
            <numerusform>Цепочка цела: %n записи</numerusform>
            <numerusform>Цепочка цела: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry #%1 — the journal was altered outside Arbiter from there on.</source>
        <translation>Цепочка нарушена на записи №%1 — начиная с неё журнал был изменён в обход Arbiter.</translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Экспортирована %n запись в %1.</numerusform>
            <numerusform>Экспортировано %n записи в %1.</numerusform>
            <numerusform>Экспортировано %n записей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BanChart</name>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 дней</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 дней</translation>
    </message>
    <message>
        <source>Bans per day by reason</source>
        <translation>Блокировки в день по причинам</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Показать последние 30 дней</translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation>Показать последние 90 дней</translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочее</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BanDialog</name>
    <message>
        <source>E&amp;xpires</source>
        <translation>Ист&amp;екает</translation>
    </message>
    <message>
        <source>New ban</source>
        <translation>Новая блокировка</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Player id</source>
        <translation>ID игрока</translation>
    </message>
    <message>
        <source>player id (account ban)</source>
        <translation>ID игрока (блокировка аккаунта)</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID устройства</translation>
    </message>
    <message>
        <source>device id (optional)</source>
        <translation>ID устройства (необязательно)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address (optional)</source>
        <translation>Адрес IPv4 или IPv6 (необязательно)</translation>
    </message>
    <message>
        <source>Reasons, one per line</source>
        <translation>Причины, по одной на строку</translation>
    </message>
    <message>
        <source>One reason per line, e.g. aimbot</source>
        <translation>По одной причине на строку, напр. aimbot</translation>
    </message>
    <message>
        <source>The ban expires</source>
        <translation>Блокировка истекает</translation>
    </message>
    <message>
        <source>Expiry time (local)</source>
        <translation>Время окончания (местное)</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>И&amp;гра:</translation>
    </message>
    <message>
        <source>&amp;Player:</source>
        <translation>Игро&amp;к:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Устройство:</translation>
    </message>
    <message>
        <source>I&amp;P:</source>
        <translation>I&amp;P:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Причины:</translation>
    </message>
    <message>
        <source>Name at least one of player, device and IP. The ban applies at once: matching sessions end and logins are refused. It is reported to the game&apos;s webhook.</source>
        <translation>Укажите хотя бы что-то одно: игрока, устройство или IP. Блокировка действует сразу: подходящие сеансы завершаются, а входы отклоняются. О ней сообщается на вебхук игры.</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>player %1</source>
        <translation>игрок %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>устройство %1</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>Choose a game (create one on the Games page first).</source>
        <translation>Выберите игру (сначала создайте её на странице «Игры»).</translation>
    </message>
    <message>
        <source>Name at least one of player, device and IP.</source>
        <translation>Укажите хотя бы что-то одно: игрока, устройство или IP.</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>must be an IPv4 or IPv6 address</source>
        <translation>должен быть адресом IPv4 или IPv6</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Время окончания должно быть в будущем.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BansModel</name>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>Самоотчёт</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Снята</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>No webhook</source>
        <translation>Нет вебхука</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Lifted %1: %2</source>
        <translation>Снята %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Webhook report</source>
        <translation>Отчёт на вебхук</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BansPage</name>
    <message>
        <source>Bans</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Снять…</translation>
    </message>
    <message>
        <source>Lift the selected ban (Ctrl+L)</source>
        <translation>Снять выбранную блокировку (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Resend report</source>
        <translation>Отправить отчёт &amp;повторно</translation>
    </message>
    <message>
        <source>Queue the selected ban&apos;s webhook report again (Ctrl+Shift+R)</source>
        <translation>Снова поставить в очередь отчёт о выбранной блокировке на вебхук (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;New ban…</source>
        <translation>&amp;Новая блокировка…</translation>
    </message>
    <message>
        <source>Ban a player, device or IP (Ctrl+N)</source>
        <translation>Заблокировать игрока, устройство или IP (Ctrl+N)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Search bans</source>
        <translation>Поиск блокировок</translation>
    </message>
    <message>
        <source>Search player, device, IP, reason… (Ctrl+F)</source>
        <translation>Поиск по игроку, устройству, IP, причине… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot read the bans: %1</source>
        <translation>Не удалось прочитать блокировки: %1</translation>
    </message>
    <message>
        <source>No bans yet — the engine bans cheaters automatically when a game auto-bans; ban someone yourself with New ban… (Ctrl+N).</source>
        <translation>Блокировок пока нет — движок блокирует читеров автоматически, если в игре включена автоблокировка; заблокировать вручную можно кнопкой «Новая блокировка…» (Ctrl+N).</translation>
    </message>
    <message>
        <source>No bans match these filters — clear the search or choose All states / All sources.</source>
        <translation>Нет блокировок, подходящих под фильтры — очистите поиск или выберите «Все состояния» / «Все источники».</translation>
    </message>
    <message numerus="yes">
        <source>%n ban(s) shown</source>
        <translation>
            <numerusform>Показана %n блокировка</numerusform>
            <numerusform>Показаны %n блокировки</numerusform>
            <numerusform>Показано %n блокировок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n действующая</numerusform>
            <numerusform>%n действующие</numerusform>
            <numerusform>%n действующих</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned (ban %1).</source>
        <translation>Заблокировано (блокировка %1).</translation>
    </message>
    <message>
        <source>Ban %1 lifted.</source>
        <translation>Блокировка %1 снята.</translation>
    </message>
    <message>
        <source>Cannot resend the report: %1</source>
        <translation>Не удалось повторно отправить отчёт: %1</translation>
    </message>
    <message>
        <source>Report of ban %1 queued again.</source>
        <translation>Отчёт о блокировке %1 снова поставлен в очередь.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::BoardDialog</name>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Higher is better (desc)</source>
        <translation>Чем больше, тем лучше (desc)</translation>
    </message>
    <message>
        <source>Lower is better (asc)</source>
        <translation>Чем меньше, тем лучше (asc)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Best score (best)</source>
        <translation>Лучший результат (best)</translation>
    </message>
    <message>
        <source>Latest score (latest)</source>
        <translation>Последний результат (latest)</translation>
    </message>
    <message>
        <source>Sum of scores (sum)</source>
        <translation>Сумма результатов (sum)</translation>
    </message>
    <message>
        <source>Sum of the best N per day (best_n_sum)</source>
        <translation>Сумма лучших N за день (best_n_sum)</translation>
    </message>
    <message>
        <source>Reset schedule</source>
        <translation>Расписание сброса</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Daily (00:00 UTC)</source>
        <translation>Ежедневно (00:00 UTC)</translation>
    </message>
    <message>
        <source>Weekly (Monday 00:00 UTC)</source>
        <translation>Еженедельно (понедельник, 00:00 UTC)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>О&amp;граничить:</translation>
    </message>
    <message>
        <source>Largest plausible score</source>
        <translation>Наибольшее правдоподобное значение</translation>
    </message>
    <message>
        <source>Scoring formula</source>
        <translation>Формула подсчёта очков</translation>
    </message>
    <message>
        <source>Raw score (raw)</source>
        <translation>Исходное значение (raw)</translation>
    </message>
    <message>
        <source>Log multiplier of win/bet (log_multiplier)</source>
        <translation>Логарифм множителя выигрыш/ставка (log_multiplier)</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>Коэффициент бонуса</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>Пр&amp;едел:</translation>
    </message>
    <message>
        <source>Cap per submission</source>
        <translation>Предел на результат</translation>
    </message>
    <message>
        <source>Ca&amp;p:</source>
        <translation>Пре&amp;дел:</translation>
    </message>
    <message>
        <source>Cap per day</source>
        <translation>Предел в день</translation>
    </message>
    <message>
        <source>New board — %1</source>
        <translation>Новая таблица — %1</translation>
    </message>
    <message>
        <source>Edit board — %1</source>
        <translation>Изменить таблицу — %1</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>Название таблицы</translation>
    </message>
    <message>
        <source>e.g. High scores</source>
        <translation>напр. Рекорды</translation>
    </message>
    <message>
        <source>Best N per day</source>
        <translation>Лучших N за день</translation>
    </message>
    <message>
        <source>The scoring starts as rule-set version 1.</source>
        <translation>Подсчёт очков начинается с версии набора правил 1.</translation>
    </message>
    <message>
        <source>Scoring is rule-set version %1. Changing the scoring makes version %2; history keeps the version it was scored under.</source>
        <translation>Подсчёт очков ведётся по версии набора правил %1. Изменение подсчёта создаст версию %2; в истории сохраняется версия, по которой был подсчитан каждый результат.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Sort order:</source>
        <translation>&amp;Порядок сортировки:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>Best &amp;N per day:</source>
        <translation>&amp;Лучших N за день:</translation>
    </message>
    <message>
        <source>&amp;Reset:</source>
        <translation>С&amp;брос:</translation>
    </message>
    <message>
        <source>Largest &amp;plausible score:</source>
        <translation>Наибольшее правдоподобное &amp;значение:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Формула:</translation>
    </message>
    <message>
        <source>&amp;Bonus coefficient:</source>
        <translation>Ко&amp;эффициент бонуса:</translation>
    </message>
    <message>
        <source>Cap per &amp;submission:</source>
        <translation>Предел на &amp;результат:</translation>
    </message>
    <message>
        <source>Cap per &amp;day:</source>
        <translation>Предел &amp;в день:</translation>
    </message>
    <message>
        <source>Scoring (rule set)</source>
        <translation>Подсчёт очков (набор правил)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
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
        <translation>Версия набора правил подсчёта очков %1 (%2)</translation>
    </message>
    <message>
        <source>Board id %1</source>
        <translation>ID таблицы %1</translation>
    </message>
    <message>
        <source>Board id %1 · the board of tournament %2</source>
        <translation>ID таблицы %1 · таблица турнира %2</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Max plausible</source>
        <translation>Макс. правдоподобное</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Подсчёт очков</translation>
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
        <translation>Метка</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::CoreInvoker</name>
    <message>
        <source>The engine is not running.</source>
        <translation>Движок не запущен.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::DetectionThresholdsEditor</name>
    <message>
        <source>&lt;b&gt;Rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Правило&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On&lt;/b&gt;</source>
        <translation>&lt;b&gt;Вкл.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;Уверенность&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 enabled</source>
        <translation>%1: включено</translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation>%1: уверенность</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>%1 — tier %2</source>
        <translation>%1 — уровень %2</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Changes apply to this game&apos;s next submissions.</source>
        <translation>Изменения применяются к следующим результатам этой игры.</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FileHasher</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagDetails</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Open &amp;player</source>
        <translation>Открыть &amp;игрока</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>The player&apos;s recent scores</source>
        <translation>Последние очки игрока</translation>
    </message>
    <message>
        <source>Rule evidence</source>
        <translation>Доказательства правила</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Связанные аккаунты</translation>
    </message>
    <message>
        <source>Open player</source>
        <translation>Открыть игрока</translation>
    </message>
    <message>
        <source>Show this player&apos;s profile on the Players page</source>
        <translation>Показать профиль этого игрока на странице «Игроки»</translation>
    </message>
    <message>
        <source>Ban player</source>
        <translation>Заблокировать игрока</translation>
    </message>
    <message>
        <source>Open the new-ban dialog for this player</source>
        <translation>Открыть диалог новой блокировки для этого игрока</translation>
    </message>
    <message>
        <source>Recent history (flagged points marked)</source>
        <translation>Недавняя история (отмеченные точки выделены)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Select a flag to see its submission, the player&apos;s history and the evidence.</source>
        <translation>Выберите отметку, чтобы увидеть её результат, историю игрока и доказательства.</translation>
    </message>
    <message>
        <source>%1 · %2 confidence · player %3</source>
        <translation>%1 · уверенность %2 · игрок %3</translation>
    </message>
    <message>
        <source>Not about a submission.</source>
        <translation>Не относится к результату.</translation>
    </message>
    <message>
        <source>Loading the submission…</source>
        <translation>Загрузка результата…</translation>
    </message>
    <message>
        <source>Cannot load the details: %1</source>
        <translation>Не удалось загрузить подробности: %1</translation>
    </message>
    <message>
        <source>Submission: value %1, points %2, %3, board %4, status %5%6</source>
        <translation>Результат: значение %1, очки %2, %3, таблица %4, статус %5%6</translation>
    </message>
    <message>
        <source> (off the board since %1)</source>
        <translation> (снят с таблицы с %1)</translation>
    </message>
    <message>
        <source>The submission %1 is not stored.</source>
        <translation>Результат %1 не сохранён.</translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation>Нет связанных аккаунтов</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Очки</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Отмеченные</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagFilterBar</name>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>All games</source>
        <translation>Все игры</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Все таблицы</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>Любая уверенность</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Confirmed cheat</source>
        <translation>Подтверждённое читерство</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Ложное срабатывание</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Search by player</source>
        <translation>Поиск по игроку</translation>
    </message>
    <message>
        <source>Player id…</source>
        <translation>ID игрока…</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Игра:</translation>
    </message>
    <message>
        <source>B&amp;oard:</source>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation>&amp;Уверенность:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Pla&amp;yer:</source>
        <translation>И&amp;грок:</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagsModel</name>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Confirmed cheat</source>
        <translation>Подтверждённое читерство</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Ложное срабатывание</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Raised %1 (local time); flag %2</source>
        <translation>Создана %1 (местное время); отметка %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::FlagsPage</name>
    <message>
        <source>&amp;Confirm cheat</source>
        <translation>&amp;Подтвердить читерство</translation>
    </message>
    <message>
        <source>Confirm the selected flags as cheats (C): the scores leave the boards; undo with Ctrl+Z</source>
        <translation>Подтвердить читерство по выбранным отметкам (C): очки снимаются с таблиц; отмена — Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;False positive</source>
        <translation>&amp;Ложное срабатывание</translation>
    </message>
    <message>
        <source>Mark the selected flags as false positives (F)</source>
        <translation>Пометить выбранные отметки как ложные срабатывания (F)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Dismiss the selected flags (D)</source>
        <translation>Отклонить выбранные отметки (D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Отм&amp;енить</translation>
    </message>
    <message>
        <source>Reopen the flags of the last resolution (Ctrl+Z)</source>
        <translation>Снова открыть отметки последнего решения (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>False-positive rate by rule</source>
        <translation>Доля ложных срабатываний по правилам</translation>
    </message>
    <message>
        <source>Flags to review</source>
        <translation>Отметки для рассмотрения</translation>
    </message>
    <message>
        <source>Note for the resolution</source>
        <translation>Примечание к решению</translation>
    </message>
    <message>
        <source>Optional note (saved with the next action)</source>
        <translation>Необязательное примечание (сохраняется со следующим действием)</translation>
    </message>
    <message>
        <source>Keys: J / K or arrows move, C confirm cheat, F false positive, D dismiss, Ctrl+Z undo. Times are local.</source>
        <translation>Клавиши: J / K или стрелки — перемещение, C — подтвердить читерство, F — ложное срабатывание, D — отклонить, Ctrl+Z — отменить. Время местное.</translation>
    </message>
    <message>
        <source>%1: %L2 pending, none resolved</source>
        <translation>%1: на рассмотрении %L2, решённых нет</translation>
    </message>
    <message>
        <source>%1: %2% false positives (%L3 of %L4 resolved), %L5 pending</source>
        <translation>%1: %2% ложных срабатываний (%L3 из %L4 решённых), на рассмотрении %L5</translation>
    </message>
    <message>
        <source>False-positive rate by rule: no flags yet.</source>
        <translation>Доля ложных срабатываний по правилам: отметок пока нет.</translation>
    </message>
    <message>
        <source>False-positive rate by rule — %1</source>
        <translation>Доля ложных срабатываний по правилам — %1</translation>
    </message>
    <message>
        <source>No flags to review — all clear</source>
        <translation>Нет отметок для рассмотрения — всё чисто</translation>
    </message>
    <message>
        <source>No flags match these filters — widen them (e.g. status &quot;Any status&quot;) to see more</source>
        <translation>Нет отметок, подходящих под фильтры — расширьте их (напр., статус «Любой статус»), чтобы увидеть больше</translation>
    </message>
    <message>
        <source>Select a pending flag first (only pending flags can be resolved).</source>
        <translation>Сначала выберите отметку на рассмотрении (решение можно принять только по таким отметкам).</translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n flag(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Решена %n отметка. Ctrl+Z отменяет это.</numerusform>
            <numerusform>Решено %n отметки. Ctrl+Z отменяет это.</numerusform>
            <numerusform>Решено %n отметок. Ctrl+Z отменяет это.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1 of %2: %3</source>
        <translation>Решено %1 из %2: %3</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n flag(s).</source>
        <translation>
            <numerusform>Снова открыта %n отметка.</numerusform>
            <numerusform>Снова открыто %n отметки.</numerusform>
            <numerusform>Снова открыто %n отметок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Не удалось отменить: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameDetails</name>
    <message>
        <source>Encryption keys</source>
        <translation>Ключи шифрования</translation>
    </message>
    <message>
        <source>Build signatures</source>
        <translation>Подписи сборок</translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation>&amp;Отозвать ключ…</translation>
    </message>
    <message>
        <source>Re&amp;move build…</source>
        <translation>&amp;Удалить сборку…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Generate &amp;secret…</source>
        <translation>Создать &amp;секрет…</translation>
    </message>
    <message>
        <source>Generate &amp;key…</source>
        <translation>Создать &amp;ключ…</translation>
    </message>
    <message>
        <source>Add &amp;build…</source>
        <translation>Добавить с&amp;борку…</translation>
    </message>
    <message>
        <source>Edit the game&apos;s settings (Ctrl+E)</source>
        <translation>Изменить настройки игры (Ctrl+E)</translation>
    </message>
    <message>
        <source>Create a new backend secret; the old one stops working at once</source>
        <translation>Создать новый секрет бэкенда; старый сразу перестанет работать</translation>
    </message>
    <message>
        <source>Backend secret</source>
        <translation>Секрет бэкенда</translation>
    </message>
    <message>
        <source>Encryption keys (AES-256-GCM)</source>
        <translation>Ключи шифрования (AES-256-GCM)</translation>
    </message>
    <message>
        <source>Game id %1 · created %2</source>
        <translation>ID игры %1 · создана %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Anti-cheat</source>
        <translation>Античит</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Тестовый режим</translation>
    </message>
    <message>
        <source>Auto-ban</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <source>Trust proxy</source>
        <translation>Доверять прокси</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No secret yet. The game backend needs one to submit scores for players.</source>
        <translation>Секрета пока нет. Он нужен бэкенду игры, чтобы отправлять очки игроков.</translation>
    </message>
    <message>
        <source>A secret is set. Generating a new one replaces it at once.</source>
        <translation>Секрет задан. Новый секрет сразу заменит его.</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Турниры</translation>
    </message>
    <message>
        <source>Edit b&amp;oard…</source>
        <translation>Изменить т&amp;аблицу…</translation>
    </message>
    <message>
        <source>Send &amp;test webhook</source>
        <translation>&amp;Проверить вебхук</translation>
    </message>
    <message>
        <source>Queue a test message to the game&apos;s webhook URL and show how its delivery went</source>
        <translation>Поставить в очередь тестовое сообщение на URL вебхука игры и показать, как прошла доставка</translation>
    </message>
    <message>
        <source>&amp;New board…</source>
        <translation>Новая таб&amp;лица…</translation>
    </message>
    <message>
        <source>New tour&amp;nament…</source>
        <translation>Новый ту&amp;рнир…</translation>
    </message>
    <message>
        <source>Create a leaderboard for this game</source>
        <translation>Создать таблицу лидеров для этой игры</translation>
    </message>
    <message>
        <source>Rename the board or change its scoring (a new rule-set version)</source>
        <translation>Переименовать таблицу или изменить подсчёт очков (новая версия набора правил)</translation>
    </message>
    <message>
        <source>&amp;Keys &amp;&amp; builds</source>
        <translation>Клю&amp;чи и сборки</translation>
    </message>
    <message>
        <source>Boards &amp;&amp; to&amp;urnaments</source>
        <translation>&amp;Таблицы и турниры</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Обнаружение</translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation>пороги по умолчанию</translation>
    </message>
    <message numerus="yes">
        <source>%n setting group(s) changed from the defaults</source>
        <translation>
            <numerusform>%n группа настроек отличается от значений по умолчанию</numerusform>
            <numerusform>%n группы настроек отличаются от значений по умолчанию</numerusform>
            <numerusform>%n групп настроек отличаются от значений по умолчанию</numerusform>
        </translation>
    </message>
    <message>
        <source>Ban reports go to the webhook URL; send a test message to check it.</source>
        <translation>Отчёты о блокировках отправляются на URL вебхука; отправьте тестовое сообщение, чтобы проверить его.</translation>
    </message>
    <message>
        <source>Set a webhook URL first (Edit…)</source>
        <translation>Сначала укажите URL вебхука («Изменить…»)</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameDialog</name>
    <message>
        <source>&amp;Anti-cheat: run the detection rules on submissions</source>
        <translation>&amp;Античит: проверять результаты правилами обнаружения</translation>
    </message>
    <message>
        <source>&amp;Test mode: keep submissions off public boards</source>
        <translation>&amp;Тестовый режим: не показывать результаты в публичных таблицах</translation>
    </message>
    <message>
        <source>A&amp;uto-ban on high-confidence cheats</source>
        <translation>Авто&amp;блокировка при читерстве с высокой уверенностью</translation>
    </message>
    <message>
        <source>Trust &amp;proxy: take the client IP from X-Forwarded-For (loopback peers only)</source>
        <translation>Доверять &amp;прокси: брать IP клиента из X-Forwarded-For (только для локальных подключений)</translation>
    </message>
    <message>
        <source>Create game</source>
        <translation>Создать игру</translation>
    </message>
    <message>
        <source>Edit game — %1</source>
        <translation>Изменить игру — %1</translation>
    </message>
    <message>
        <source>Game name</source>
        <translation>Название игры</translation>
    </message>
    <message>
        <source>e.g. Space Racer</source>
        <translation>напр. Space Racer</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL вебхука</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL &amp;вебхука:</translation>
    </message>
    <message>
        <source>Ban reports are sent here. https://, or http:// to this machine. Leave empty for none.</source>
        <translation>Сюда отправляются отчёты о блокировках. https:// или http:// на этот компьютер. Оставьте пустым, если не нужно.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>&amp;Detection thresholds</source>
        <translation>По&amp;роги обнаружения</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GameFilterBox</name>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Show one game or all games</source>
        <translation>Показать одну игру или все игры</translation>
    </message>
    <message>
        <source>All games</source>
        <translation>Все игры</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GamesModel</name>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>Game id: %1</source>
        <translation>ID игры: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Anti-cheat</source>
        <translation>Античит</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Тестовый режим</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Сборки</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::GamesPage</name>
    <message>
        <source>No games yet</source>
        <translation>Игр пока нет</translation>
    </message>
    <message>
        <source>Create a game to get its id, a backend secret and encryption keys, and to register the builds allowed to log in.</source>
        <translation>Создайте игру, чтобы получить её ID, секрет бэкенда и ключи шифрования и зарегистрировать сборки, которым разрешён вход.</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Игры</translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation>&amp;Новая игра…</translation>
    </message>
    <message>
        <source>Create a game (Ctrl+N)</source>
        <translation>Создать игру (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Create game</source>
        <translation>&amp;Создать игру</translation>
    </message>
    <message>
        <source>Replace the secret?</source>
        <translation>Заменить секрет?</translation>
    </message>
    <message>
        <source>“%1” already has a secret. A new one replaces it at once: the game backend is refused until it is configured with the new secret.</source>
        <translation>У «%1» уже есть секрет. Новый сразу заменит его: запросы бэкенда игры будут отклоняться, пока в нём не настроят новый секрет.</translation>
    </message>
    <message>
        <source>&amp;Replace secret</source>
        <translation>&amp;Заменить секрет</translation>
    </message>
    <message>
        <source>Cannot generate a secret</source>
        <translation>Не удалось создать секрет</translation>
    </message>
    <message>
        <source>New secret — %1</source>
        <translation>Новый секрет — %1</translation>
    </message>
    <message>
        <source>This secret is shown only now and cannot be shown again: copy it into the game backend&apos;s configuration. It has already replaced any previous secret, which no longer works.</source>
        <translation>Этот секрет показывается только сейчас, повторно его не показать: скопируйте его в конфигурацию бэкенда игры. Он уже заменил прежний секрет, который больше не работает.</translation>
    </message>
    <message>
        <source>Game id</source>
        <translation>ID игры</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Cannot generate an encryption key</source>
        <translation>Не удалось создать ключ шифрования</translation>
    </message>
    <message>
        <source>New encryption key — %1</source>
        <translation>Новый ключ шифрования — %1</translation>
    </message>
    <message>
        <source>This key is shown only now and cannot be shown again: copy it into the game client build. Older keys stay valid until you revoke them.</source>
        <translation>Этот ключ показывается только сейчас, повторно его не показать: скопируйте его в сборку игрового клиента. Прежние ключи действуют, пока вы их не отзовёте.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <source>Key (base64)</source>
        <translation>Ключ (base64)</translation>
    </message>
    <message>
        <source>Revoke the key?</source>
        <translation>Отозвать ключ?</translation>
    </message>
    <message>
        <source>Key %1 stops working at once: clients still encrypting with it are refused.</source>
        <translation>Ключ %1 сразу перестанет работать: клиенты, которые ещё шифруют им, получат отказ.</translation>
    </message>
    <message>
        <source>&amp;Revoke key</source>
        <translation>&amp;Отозвать ключ</translation>
    </message>
    <message>
        <source>Cannot revoke the key</source>
        <translation>Не удалось отозвать ключ</translation>
    </message>
    <message>
        <source>Remove the build?</source>
        <translation>Удалить сборку?</translation>
    </message>
    <message>
        <source>Players still running this build fail the signature check at login, and are banned for it, as long as other builds are registered.

%1</source>
        <translation>Игроки, которые ещё используют эту сборку, не пройдут проверку подписи при входе и будут за это заблокированы, пока зарегистрированы другие сборки.

%1</translation>
    </message>
    <message>
        <source>Re&amp;move build</source>
        <translation>&amp;Удалить сборку</translation>
    </message>
    <message>
        <source>Cannot remove the build</source>
        <translation>Не удалось удалить сборку</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Test message delivered (%1) at %2.</source>
        <translation>Тестовое сообщение доставлено (%1) в %2.</translation>
    </message>
    <message numerus="yes">
        <source>Test message failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Тестовое сообщение не доставлено после %n попытки: %1</numerusform>
            <numerusform>Тестовое сообщение не доставлено после %n попыток: %1</numerusform>
            <numerusform>Тестовое сообщение не доставлено после %n попыток: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Test message queued; sending…</source>
        <translation>Тестовое сообщение в очереди; отправка…</translation>
    </message>
    <message>
        <source>Test message not delivered yet (attempt %1: %2); retrying at %3.</source>
        <translation>Тестовое сообщение пока не доставлено (попытка %1: %2); повтор в %3.</translation>
    </message>
    <message>
        <source>Queueing a test message…</source>
        <translation>Постановка тестового сообщения в очередь…</translation>
    </message>
    <message>
        <source>No test message sent: %1</source>
        <translation>Тестовое сообщение не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::KeysModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Отозван %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LeaderboardModel</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>⚑ flagged</source>
        <translation>⚑ отмечен</translation>
    </message>
    <message numerus="yes">
        <source>Up %n place(s)</source>
        <translation>
            <numerusform>Вверх на %n позицию</numerusform>
            <numerusform>Вверх на %n позиции</numerusform>
            <numerusform>Вверх на %n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Down %n place(s)</source>
        <translation>
            <numerusform>Вниз на %n позицию</numerusform>
            <numerusform>Вниз на %n позиции</numerusform>
            <numerusform>Вниз на %n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>The player has a pending flag on this board: see the Flags page</source>
        <translation>У игрока есть отметка на рассмотрении в этой таблице: см. страницу «Отметки»</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Очки</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Newly among the shown entries</source>
        <translation>Впервые среди показанных записей</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LeaderboardsPage</name>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Show &amp;top</source>
        <translation>По&amp;казать топ</translation>
    </message>
    <message>
        <source>&amp;Open player</source>
        <translation>&amp;Открыть игрока</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>Таблицы лидеров</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Find player</source>
        <translation>Найти игрока</translation>
    </message>
    <message>
        <source>Find player (Ctrl+F)…</source>
        <translation>Найти игрока (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Show the top 100</source>
        <translation>Показать топ-100</translation>
    </message>
    <message>
        <source>Back to the top 100 (Esc in the search field)</source>
        <translation>Вернуться к топ-100 (Esc в поле поиска)</translation>
    </message>
    <message>
        <source>Open the selected player&apos;s profile (Ctrl+O)</source>
        <translation>Открыть профиль выбранного игрока (Ctrl+O)</translation>
    </message>
    <message>
        <source>Ban the selected player (Ctrl+B)</source>
        <translation>Заблокировать выбранного игрока (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Игра:</translation>
    </message>
    <message>
        <source>Boa&amp;rd:</source>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Leaderboard entries</source>
        <translation>Записи таблицы лидеров</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No games yet</source>
        <translation>Игр пока нет</translation>
    </message>
    <message>
        <source>Create one on the Games page, then add a board to it.</source>
        <translation>Создайте игру на странице «Игры», затем добавьте в неё таблицу.</translation>
    </message>
    <message>
        <source>%1 (tournament)</source>
        <translation>%1 (турнир)</translation>
    </message>
    <message>
        <source>No boards yet</source>
        <translation>Таблиц пока нет</translation>
    </message>
    <message>
        <source>No boards yet — create one on the Games page.</source>
        <translation>Таблиц пока нет — создайте таблицу на странице «Игры».</translation>
    </message>
    <message>
        <source>No scores in this period yet</source>
        <translation>За этот период очков пока нет</translation>
    </message>
    <message>
        <source>Entries appear here live as players submit scores.</source>
        <translation>Записи появляются здесь в реальном времени по мере отправки очков игроками.</translation>
    </message>
    <message>
        <source>“%1” has no rank in %2. Showing the top %3 of %4.</source>
        <translation>У «%1» нет места в рейтинге (%2). Показаны первые %3 из %4.</translation>
    </message>
    <message>
        <source>Around “%1” · %2 ranked · %3</source>
        <translation>Рядом с «%1» · в рейтинге: %2 · %3</translation>
    </message>
    <message>
        <source>Top %1 of %2 ranked · %3</source>
        <translation>Первые %1 из %2 в рейтинге · %3</translation>
    </message>
    <message>
        <source>Current — %1</source>
        <translation>Текущий — %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::LiftBanDialog</name>
    <message>
        <source>&amp;Restore the player&apos;s earlier scores to the boards</source>
        <translation>&amp;Вернуть в таблицы прежние очки игрока</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>Снять блокировку</translation>
    </message>
    <message>
        <source>Lift the ban on %1?</source>
        <translation>Снять блокировку (%1)?</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the audit journal):</source>
        <translation>&amp;Примечание (сохраняется в журнале аудита):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. appeal accepted</source>
        <translation>напр. апелляция принята</translation>
    </message>
    <message>
        <source>Restore scores</source>
        <translation>Вернуть очки</translation>
    </message>
    <message>
        <source>Without this, the scores the player had before the ban stay off the boards for good.</source>
        <translation>Без этого очки, полученные игроком до блокировки, навсегда останутся вне таблиц.</translation>
    </message>
    <message>
        <source>&amp;Lift ban</source>
        <translation>&amp;Снять блокировку</translation>
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
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>Таблицы лидеров</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Список наблюдения</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Игры</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Open flags: —</source>
        <translation>Открытые отметки: —</translation>
    </message>
    <message>
        <source>Open flags: %L1</source>
        <translation>Открытые отметки: %L1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listener: starting…</source>
        <translation>Приём запросов: запуск…</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Принимает запросы на %1</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>Приём запросов остановлен</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 запр./с</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::OverviewCharts</name>
    <message>
        <source>Submissions per minute (last hour)</source>
        <translation>Результаты в минуту (последний час)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Open flags by type</source>
        <translation>Открытые отметки по типам</translation>
    </message>
    <message>
        <source>Players per eye stage</source>
        <translation>Игроки по стадиям наблюдения</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <source>Bans per day (last 30 days)</source>
        <translation>Блокировки в день (последние 30 дней)</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Открытые отметки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Блокировки</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::OverviewPage</name>
    <message>
        <source>Submissions in the last minute</source>
        <translation>Результаты за последнюю минуту</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Открытые отметки</translation>
    </message>
    <message>
        <source>Players at little eye</source>
        <translation>Игроки на малой стадии</translation>
    </message>
    <message>
        <source>Players at short eye</source>
        <translation>Игроки на короткой стадии</translation>
    </message>
    <message>
        <source>Players at big eye</source>
        <translation>Игроки на большой стадии</translation>
    </message>
    <message>
        <source>Bans today</source>
        <translation>Блокировки за сегодня</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Игра:</translation>
    </message>
    <message>
        <source>Open the leaderboards</source>
        <translation>Открыть таблицы лидеров</translation>
    </message>
    <message>
        <source>Open the flag queue</source>
        <translation>Открыть очередь отметок</translation>
    </message>
    <message>
        <source>Open the watchlist at this stage</source>
        <translation>Открыть список наблюдения на этой стадии</translation>
    </message>
    <message>
        <source>Open the bans</source>
        <translation>Открыть блокировки</translation>
    </message>
    <message>
        <source>Cannot read the overview: %1</source>
        <translation>Не удалось прочитать обзор: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::PlayerProfileView</name>
    <message>
        <source>Se&amp;t tier</source>
        <translation>Установить &amp;уровень</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Снять…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Trust tier to set</source>
        <translation>Устанавливаемый уровень доверия</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>Set the player&apos;s trust tier (Ctrl+T); Automatic lets the rules decide again</source>
        <translation>Установить игроку уровень доверия (Ctrl+T); «Автоматически» снова передаёт решение правилам</translation>
    </message>
    <message>
        <source>Ban this player (Ctrl+B)</source>
        <translation>Заблокировать этого игрока (Ctrl+B)</translation>
    </message>
    <message>
        <source>Lift the player&apos;s active ban (Ctrl+L)</source>
        <translation>Снять действующую блокировку игрока (Ctrl+L)</translation>
    </message>
    <message>
        <source>Save the profile as a JSON file (Ctrl+E)</source>
        <translation>Сохранить профиль в файл JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Eye-stage timeline</source>
        <translation>Хронология стадий наблюдения</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Очки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Первое появление</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последнее появление</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Связанные аккаунты</translation>
    </message>
    <message>
        <source>Players sharing a device or IP with this one, directly or through others. Double-click or press Enter to open one.</source>
        <translation>Игроки, у которых есть общее с этим игроком устройство или IP — напрямую или через других. Дважды щёлкните или нажмите Enter, чтобы открыть профиль.</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>Впервые замечен %1 · в последний раз %2</translation>
    </message>
    <message>
        <source>Trust tier: %1 (set by a moderator)</source>
        <translation>Уровень доверия: %1 (установлен модератором)</translation>
    </message>
    <message>
        <source>Trust tier: %1 (automatic)</source>
        <translation>Уровень доверия: %1 (автоматически)</translation>
    </message>
    <message>
        <source>Eye stage: %1</source>
        <translation>Стадия наблюдения: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the current streak</source>
        <translation>
            <numerusform>%n сигнал в текущей серии</numerusform>
            <numerusform>%n сигнала в текущей серии</numerusform>
            <numerusform>%n сигналов в текущей серии</numerusform>
        </translation>
    </message>
    <message>
        <source>off the watchlist at %1 unless another alert comes</source>
        <translation>покинет список наблюдения в %1, если не будет нового сигнала</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тест</translation>
    </message>
    <message>
        <source>removed from the board</source>
        <translation>снят с таблицы</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::PlayerSearchModel</name>
    <message>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Eye stage</source>
        <translation>Стадия наблюдения</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последнее появление</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::PlayersPage</name>
    <message>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Player id starts with</source>
        <translation>ID игрока начинается с</translation>
    </message>
    <message>
        <source>Player id starts with… (Ctrl+F)</source>
        <translation>ID игрока начинается с… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matching players</source>
        <translation>Найденные игроки</translation>
    </message>
    <message>
        <source>Choose a game and type the start of a player&apos;s id to see their profile.</source>
        <translation>Выберите игру и введите начало ID игрока, чтобы увидеть его профиль.</translation>
    </message>
    <message>
        <source>No games yet — create one on the Games page; its players appear here once they log in.</source>
        <translation>Игр пока нет — создайте игру на странице «Игры»; её игроки появятся здесь после первого входа.</translation>
    </message>
    <message>
        <source>Cannot search players: %1</source>
        <translation>Не удалось выполнить поиск игроков: %1</translation>
    </message>
    <message>
        <source>The first %1 matches; type more of the id to narrow them.</source>
        <translation>Показаны первые %1 совпадений; введите больше символов ID, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>No players in this game yet — they appear once they log in.</source>
        <translation>В этой игре пока нет игроков — они появятся после первого входа.</translation>
    </message>
    <message>
        <source>No player id starts with “%1”.</source>
        <translation>Нет ID игроков, начинающихся с «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n player(s)</source>
        <translation>
            <numerusform>%n игрок</numerusform>
            <numerusform>%n игрока</numerusform>
            <numerusform>%n игроков</numerusform>
        </translation>
    </message>
    <message>
        <source>No player “%1” in this game — players appear once they log in.</source>
        <translation>В этой игре нет игрока «%1» — игроки появляются после первого входа.</translation>
    </message>
    <message>
        <source>Cannot read the profile: %1</source>
        <translation>Не удалось прочитать профиль: %1</translation>
    </message>
    <message>
        <source>Banned (ban %1).</source>
        <translation>Заблокировано (блокировка %1).</translation>
    </message>
    <message>
        <source>Ban %1 lifted.</source>
        <translation>Блокировка %1 снята.</translation>
    </message>
    <message>
        <source>Cannot set the tier: %1</source>
        <translation>Не удалось установить уровень: %1</translation>
    </message>
    <message>
        <source>Tier back to automatic.</source>
        <translation>Уровень снова определяется автоматически.</translation>
    </message>
    <message>
        <source>Tier set to %1.</source>
        <translation>Установлен уровень %1.</translation>
    </message>
    <message>
        <source>Export the player&apos;s profile</source>
        <translation>Экспорт профиля игрока</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Profile exported to %1.</source>
        <translation>Профиль экспортирован в %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::Rules</name>
    <message>
        <source>Velocity</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Impossible value</source>
        <translation>Невозможное значение</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Лимит частоты</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Выброс</translation>
    </message>
    <message>
        <source>New player on top</source>
        <translation>Новичок в топе</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Связанные аккаунты</translation>
    </message>
    <message>
        <source>Bot cadence</source>
        <translation>Ритм бота</translation>
    </message>
    <message>
        <source>Ban recommended</source>
        <translation>Рекомендована блокировка</translation>
    </message>
    <message>
        <source>Server mismatch</source>
        <translation>Расхождение с сервером</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::SecretDialog</name>
    <message>
        <source>I have stored it — &amp;Close</source>
        <translation>Я его сохранил — &amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::ServerPage</name>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Токен администратора</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Копировать URL</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Co&amp;py token</source>
        <translation>Копировать &amp;токен</translation>
    </message>
    <message>
        <source>From the ARBITER_ADMIN_TOKEN environment variable.</source>
        <translation>Из переменной окружения ARBITER_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Stored in %1 (readable by your user only).</source>
        <translation>Хранится в %1 (доступен для чтения только вашему пользователю).</translation>
    </message>
    <message>
        <source>Scripts send it as “Authorization: Bearer &lt;token&gt;” to /admin/v1.</source>
        <translation>Скрипты передают его в /admin/v1 как «Authorization: Bearer &lt;token&gt;».</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Базовый &amp;URL:</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Токен &amp;администратора:</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Приём запросов</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>Открытые соединения:</translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation>Запросов в секунду:</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>Обработано запросов:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Listening on %1%2</source>
        <translation>Принимает запросы на %1%2</translation>
    </message>
    <message>
        <source> (TLS)</source>
        <translation> (TLS)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::SettingsPage</name>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Сохранить имя</translation>
    </message>
    <message>
        <source>Moderator name</source>
        <translation>Имя модератора</translation>
    </message>
    <message>
        <source>Your name, as the audit journal records it</source>
        <translation>Ваше имя, под которым вас записывает журнал аудита</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Every action you take in the console (bans, flag decisions, new secrets) is written to the audit journal under this name. Changing it is itself recorded.</source>
        <translation>Каждое ваше действие в консоли (блокировки, решения по отметкам, новые секреты) записывается в журнал аудита под этим именем. Смена имени тоже записывается.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Открыть папку данных</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved. Your actions are now recorded as “%1”.</source>
        <translation>Сохранено. Теперь ваши действия записываются как «%1».</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::Stages</name>
    <message>
        <source>Little eye</source>
        <translation>Малая стадия</translation>
    </message>
    <message>
        <source>Short eye</source>
        <translation>Короткая стадия</translation>
    </message>
    <message>
        <source>Big eye</source>
        <translation>Большая стадия</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Off watchlist</source>
        <translation>Вне списка наблюдения</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::TournamentDialog</name>
    <message>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>О&amp;граничить:</translation>
    </message>
    <message>
        <source>Require the game server&apos;s &amp;confirmation of every round</source>
        <translation>Требовать подт&amp;верждения каждого раунда от игрового сервера</translation>
    </message>
    <message>
        <source>New tournament — %1</source>
        <translation>Новый турнир — %1</translation>
    </message>
    <message>
        <source>Tournament name</source>
        <translation>Название турнира</translation>
    </message>
    <message>
        <source>e.g. Weekend Cup</source>
        <translation>напр. Кубок выходных</translation>
    </message>
    <message>
        <source>Attempts per player</source>
        <translation>Попыток на игрока</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Higher is better (desc)</source>
        <translation>Чем больше, тем лучше (desc)</translation>
    </message>
    <message>
        <source>Lower is better (asc)</source>
        <translation>Чем меньше, тем лучше (asc)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>&amp;Attempts per player:</source>
        <translation>&amp;Попыток на игрока:</translation>
    </message>
    <message>
        <source>S&amp;ort order:</source>
        <translation>Порядок со&amp;ртировки:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::TournamentsModel</name>
    <message>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>required</source>
        <translation>требуется</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Tournament id %1 · board %2</source>
        <translation>ID турнира %1 · таблица %2</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchTimelineModel</name>
    <message>
        <source>Alert</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Alert (%1)</source>
        <translation>Сигнал (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchlistModel</name>
    <message>
        <source>Off the watchlist at %1 unless another alert comes first</source>
        <translation>Покинет список наблюдения в %1, если до этого не будет нового сигнала</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Игра</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Alerts in streak</source>
        <translation>Сигналов подряд</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>На стадии с</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Last cause</source>
        <translation>Последняя причина</translation>
    </message>
</context>
<context>
    <name>arbiter::ui::WatchlistPage</name>
    <message>
        <source>Players on the watchlist</source>
        <translation>Игроки в списке наблюдения</translation>
    </message>
    <message>
        <source>Stage timeline of the selected player</source>
        <translation>Хронология стадий выбранного игрока</translation>
    </message>
    <message>
        <source>&amp;Open player</source>
        <translation>&amp;Открыть игрока</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>Mark &amp;trusted</source>
        <translation>Сделать &amp;доверенным</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Список наблюдения</translation>
    </message>
    <message>
        <source>Eye stage</source>
        <translation>Стадия наблюдения</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все стадии</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Стадия:</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Игра:</translation>
    </message>
    <message>
        <source>Nobody is on the watchlist — players appear here after their first alert</source>
        <translation>В списке наблюдения никого нет — игроки появляются здесь после первого сигнала</translation>
    </message>
    <message>
        <source>Select a player to see their stage timeline.</source>
        <translation>Выберите игрока, чтобы увидеть хронологию его стадий.</translation>
    </message>
    <message>
        <source>Open the player&apos;s profile (Ctrl+O)</source>
        <translation>Открыть профиль игрока (Ctrl+O)</translation>
    </message>
    <message>
        <source>Ban the player… (Ctrl+B)</source>
        <translation>Заблокировать игрока… (Ctrl+B)</translation>
    </message>
    <message>
        <source>Set the player&apos;s trust tier to A (Ctrl+T)</source>
        <translation>Установить игроку уровень доверия A (Ctrl+T)</translation>
    </message>
    <message>
        <source>Players per stage (last 24 hours)</source>
        <translation>Игроки по стадиям (последние 24 часа)</translation>
    </message>
    <message>
        <source>Cannot read the watchlist: %1</source>
        <translation>Не удалось прочитать список наблюдения: %1</translation>
    </message>
    <message>
        <source>Stage timeline of %1</source>
        <translation>Хронология стадий: %1</translation>
    </message>
    <message>
        <source>Cannot read the timeline: %1</source>
        <translation>Не удалось прочитать хронологию: %1</translation>
    </message>
    <message>
        <source>%1 is trusted now (tier A).</source>
        <translation>%1 теперь доверенный (уровень A).</translation>
    </message>
    <message>
        <source>Cannot mark %1 as trusted: %2</source>
        <translation>Не удалось сделать %1 доверенным: %2</translation>
    </message>
</context>
</TS>
