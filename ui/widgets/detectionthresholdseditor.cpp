#include "widgets/detectionthresholdseditor.h"

#include "domain/detectionsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

// Thresholds that are fractions; every other one is a whole number.
bool fractional(const QString &key)
{
    return key == QLatin1String("outlierZ") || key == QLatin1String("velocityMinSeconds")
        || key == QLatin1String("botCadenceMaxCv");
}

QString describeSetting(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("rateLimitPerHour"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Submissions per hour (by tier)")},
        {QStringLiteral("outlierZ"), QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Outlier z-score (by tier)")},
        {QStringLiteral("duplicateWindowSeconds"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Duplicate window (seconds)")},
        {QStringLiteral("velocityMinSeconds"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Velocity: least seconds between scores")},
        {QStringLiteral("outlierMinSamples"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Outlier: scores needed first")},
        {QStringLiteral("outlierWindow"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Outlier: scores in the window")},
        {QStringLiteral("newPlayerTopMinPlayers"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "New player top: players on the board")},
        {QStringLiteral("newPlayerTopMaxEarlierScores"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "New player top: at most earlier scores")},
        {QStringLiteral("newPlayerTopRank"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "New player top: rank reached")},
        {QStringLiteral("botCadenceIntervals"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Bot cadence: intervals looked at")},
        {QStringLiteral("botCadenceMaxCv"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Bot cadence: largest variation (CV)")},
        {QStringLiteral("linkedClusterSize"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Linked accounts: cluster size")},
        {QStringLiteral("streakGapMinutes"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Alert streak gap (minutes)")},
        {QStringLiteral("escalateWithinMinutes"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Escalate within (minutes)")},
        {QStringLiteral("watchlistAfterAlerts"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Watchlist after alerts")},
        {QStringLiteral("bigAfterSimilarAlerts"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Big eye after similar alerts")},
        {QStringLiteral("banAfterSimilarAlerts"),
            QT_TRANSLATE_NOOP("DetectionThresholdsEditor", "Ban after similar alerts")},
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("DetectionThresholdsEditor", name) : key;
}

} // namespace

QString DetectionThresholdsEditor::inputName(const QStringList &path)
{
    return QStringLiteral("detection.") + path.join(QLatin1Char('.'));
}

DetectionThresholdsEditor::DetectionThresholdsEditor(const QJsonObject &overrides, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detectionThresholds"));
    const QJsonObject effective = effectiveDetectionSettings(overrides);

    auto *rulesGrid = new QGridLayout;
    rulesGrid->addWidget(new QLabel(tr("<b>Rule</b>")), 0, 0);
    rulesGrid->addWidget(new QLabel(tr("<b>On</b>")), 0, 1);
    rulesGrid->addWidget(new QLabel(tr("<b>Confidence</b>")), 0, 2);
    const QJsonObject rules = effective.value(QStringLiteral("rules")).toObject();
    int row = 1;
    for (auto it = rules.begin(); it != rules.end(); ++it, ++row) {
        const QJsonObject rule = it.value().toObject();
        auto *on = new QCheckBox;
        const QStringList onPath{QStringLiteral("rules"), it.key(), QStringLiteral("enabled")};
        on->setObjectName(inputName(onPath));
        on->setAccessibleName(tr("%1 enabled").arg(it.key()));
        on->setChecked(rule.value(QStringLiteral("enabled")).toBool());
        auto *confidence = new QComboBox;
        const QStringList confidencePath{QStringLiteral("rules"), it.key(), QStringLiteral("confidence")};
        confidence->setObjectName(inputName(confidencePath));
        confidence->setAccessibleName(tr("%1 confidence").arg(it.key()));
        confidence->addItem(tr("low"), QStringLiteral("low"));
        confidence->addItem(tr("medium"), QStringLiteral("medium"));
        confidence->addItem(tr("high"), QStringLiteral("high"));
        confidence->setCurrentIndex(
            std::max(0, confidence->findData(rule.value(QStringLiteral("confidence")).toString())));
        auto *label = new QLabel(it.key());
        label->setBuddy(on);
        rulesGrid->addWidget(label, row, 0);
        rulesGrid->addWidget(on, row, 1);
        rulesGrid->addWidget(confidence, row, 2);
        m_inputs.append({onPath, on, rule.value(QStringLiteral("enabled"))});
        m_inputs.append({confidencePath, confidence, rule.value(QStringLiteral("confidence"))});
    }
    auto *rulesBox = new QGroupBox(tr("Rules"));
    rulesBox->setLayout(rulesGrid);

    auto *form = new QFormLayout;
    for (auto it = effective.begin(); it != effective.end(); ++it) {
        if (it.key() == QLatin1String("rules"))
            continue;
        if (it.value().isObject()) {
            const QJsonObject tiers = it.value().toObject();
            for (auto tier = tiers.begin(); tier != tiers.end(); ++tier)
                addNumber(form, {it.key(), tier.key()}, tier.value(),
                    tr("%1 — tier %2").arg(describeSetting(it.key()), tier.key()));
        } else if (it.value().isDouble()) {
            addNumber(form, {it.key()}, it.value(), describeSetting(it.key()));
        }
    }
    auto *thresholdsBox = new QGroupBox(tr("Thresholds"));
    thresholdsBox->setLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rulesBox);
    layout->addWidget(thresholdsBox);
    layout->addWidget(new QLabel(tr("Changes apply to this game's next submissions.")));
    layout->addStretch();
}

void DetectionThresholdsEditor::addNumber(
    QFormLayout *form, const QStringList &path, const QJsonValue &value, const QString &label)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(inputName(path));
    spin->setAccessibleName(label);
    spin->setDecimals(fractional(path.first()) ? 3 : 0);
    spin->setRange(0, 1e9); // the service refuses negative numbers
    spin->setValue(value.toDouble());
    auto *text = new QLabel(label + QLatin1Char(':'));
    text->setBuddy(spin);
    form->addRow(text, spin);
    m_inputs.append({path, spin, value});
}

QJsonValue DetectionThresholdsEditor::valueOf(const Input &input)
{
    if (auto *check = qobject_cast<QCheckBox *>(input.widget))
        return check->isChecked();
    if (auto *combo = qobject_cast<QComboBox *>(input.widget))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(input.widget))
        return spin->value();
    return input.initial;
}

QJsonObject DetectionThresholdsEditor::changes() const
{
    QJsonObject patch;
    for (const Input &input : m_inputs) {
        const QJsonValue now = valueOf(input);
        if (now == input.initial
            || (now.isDouble() && input.initial.isDouble() && now.toDouble() == input.initial.toDouble()))
            continue;
        // Insert along the path: {"outlierZ": {"A": 5}} or {"rules": {"velocity": {"enabled": false}}}.
        if (input.path.size() == 1) {
            patch.insert(input.path[0], now);
        } else if (input.path.size() == 2) {
            QJsonObject inner = patch.value(input.path[0]).toObject();
            inner.insert(input.path[1], now);
            patch.insert(input.path[0], inner);
        } else {
            QJsonObject outer = patch.value(input.path[0]).toObject();
            QJsonObject inner = outer.value(input.path[1]).toObject();
            inner.insert(input.path[2], now);
            outer.insert(input.path[1], inner);
            patch.insert(input.path[0], outer);
        }
    }
    return patch;
}

} // namespace arbiter::ui
