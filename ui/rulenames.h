#pragma once

// The detection rules (detection.md §2) as a moderator reads them: "Impossible value" for
// impossible_value. Filters and queries keep the ids; only what is shown is translated.

#include <QCoreApplication>
#include <QString>

namespace arbiter::ui {

inline QString ruleLabel(const QString &type)
{
    static const struct {
        const char *id;
        const char *label;
    } kRules[] = {
        {"velocity", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Velocity")},
        {"duplicate", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Duplicate")},
        {"impossible_value", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Impossible value")},
        {"rate_limit", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Rate limit")},
        {"outlier", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Outlier")},
        {"new_player_top", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "New player on top")},
        {"linked_accounts", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Linked accounts")},
        {"bot_cadence", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Bot cadence")},
        {"ban_recommended", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Ban recommended")},
        {"server_mismatch", QT_TRANSLATE_NOOP("arbiter::ui::Rules", "Server mismatch")},
    };
    for (const auto &rule : kRules)
        if (type == QLatin1String(rule.id))
            return QCoreApplication::translate("arbiter::ui::Rules", rule.label);
    return type;
}

} // namespace arbiter::ui
