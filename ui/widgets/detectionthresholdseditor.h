#pragma once

// DetectionThresholdsEditor: a game's detection settings (detection.md; core/domain/detectionsettings.h)
// as inputs: each rule on/off with its confidence, and every threshold. Built from the settings' own
// shape, so a threshold added to the defaults appears here without a change. Hands back only what
// the moderator changed, as the "detection" patch GameService::update merges and validates.

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

class QFormLayout;

namespace arbiter::ui {

class DetectionThresholdsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetectionThresholdsEditor)
public:
    // `overrides`: the game's stored overrides (GameSettings::detectionOverrides).
    explicit DetectionThresholdsEditor(const QJsonObject &overrides, QWidget *parent = nullptr);

    QJsonObject changes() const; // empty when nothing changed
    // Input object names are "detection." + the setting's path, e.g. "detection.outlierZ.A".
    static QString inputName(const QStringList &path);

private:
    struct Input {
        QStringList path;
        QWidget *widget = nullptr;
        QJsonValue initial;
    };
    void addNumber(QFormLayout *form, const QStringList &path, const QJsonValue &value, const QString &label);
    static QJsonValue valueOf(const Input &input);

    QList<Input> m_inputs;
};

} // namespace arbiter::ui
