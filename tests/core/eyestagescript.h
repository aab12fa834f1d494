#pragma once

// Helpers of tst_eyestagetracker: the step language of its scripted rule tables.

#include "watch/eyestagetracker.h"

#include <QStringList>

namespace arbiter::test {

inline const qint64 kT0 = 1795335600000; // 2026-11-22T08:20:00Z
inline const qint64 kMin = 60 * 1000;
inline const QString kGame = QStringLiteral("g1");
inline const QString kPlayer = QStringLiteral("p1");

// "m", "m:ss" or "m:ss.mmm" minutes after kT0 (minutes may exceed 59).
inline qint64 at(QStringView text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    qint64 ms = text.left(colon < 0 ? text.size() : colon).toLongLong() * kMin;
    if (colon >= 0) {
        const QStringView rest = text.mid(colon + 1);
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        ms += rest.left(dot < 0 ? rest.size() : dot).toLongLong() * 1000;
        if (dot >= 0)
            ms += rest.mid(dot + 1).toLongLong();
    }
    return kT0 + ms;
}

// "gap=60 esc=10 watch=2 big=3 ban=4" (minutes for gap and esc); missing keys keep the defaults.
inline WatchSettings settingsFrom(const QString &text)
{
    WatchSettings s;
    for (const QString &pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const int value = pair.section(QLatin1Char('='), 1).toInt();
        if (key == QLatin1String("gap"))
            s.streakGapMs = value * kMin;
        else if (key == QLatin1String("esc"))
            s.escalateWithinMs = value * kMin;
        else if (key == QLatin1String("watch"))
            s.watchlistAfterAlerts = value;
        else if (key == QLatin1String("big"))
            s.bigAfterSimilarAlerts = value;
        else if (key == QLatin1String("ban"))
            s.banAfterSimilarAlerts = value;
        else
            qFatal("bad settings key %s", qPrintable(key));
    }
    return s;
}

inline QString arrows(const QList<StageTransition> &transitions)
{
    QStringList parts;
    for (const StageTransition &t : transitions)
        parts.append(eyeStageName(t.from) + QLatin1Char('>') + eyeStageName(t.to));
    return parts.join(QLatin1Char(','));
}

// n alerts of `reason` every `everyMin` minutes from `startMin`, with the stage expected after each
// (stages[i] or the last one given), a transition where the stage changes and C at alert `consistentAt`.
inline QString run(int n, const QString &reason, int startMin, int everyMin, const QStringList &stages,
    int consistentAt, const QString &firstTransition = QString())
{
    QStringList steps;
    QString previous = QStringLiteral("none");
    for (int i = 1; i <= n; ++i) {
        const QString stage = stages.value(i - 1, stages.last());
        QString step = QStringLiteral("%1 %2 %3 n=%4").arg(startMin + (i - 1) * everyMin).arg(reason, stage).arg(i);
        if (i == consistentAt)
            step += QStringLiteral(" C");
        QStringList t;
        if (i == 1 && !firstTransition.isEmpty())
            t.append(firstTransition);
        if (stage != previous)
            t.append(previous + QLatin1Char('>') + stage);
        if (!t.isEmpty())
            step += QStringLiteral(" t=") + t.join(QLatin1Char(','));
        previous = stage;
        steps.append(step);
    }
    return steps.join(QStringLiteral("; "));
}

inline const QStringList kQuick{QStringLiteral("none"), QStringLiteral("none"), QStringLiteral("little"),
    QStringLiteral("short"), QStringLiteral("big")};
inline const QStringList kSlow{QStringLiteral("none"), QStringLiteral("none"), QStringLiteral("little"),
    QStringLiteral("little"), QStringLiteral("big")};

} // namespace arbiter::test
