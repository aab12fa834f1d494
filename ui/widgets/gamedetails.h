#pragma once

// GameDetails: one game's settings, secret state, encryption keys and build signatures, with
// the buttons that act on them (the Games page carries the actions out).

#include "domain/game.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace arbiter::ui {

class BuildsModel;
class KeysModel;

class GameDetails final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GameDetails)
public:
    explicit GameDetails(QWidget *parent = nullptr);

    void setGame(const Game &game);
    QString selectedKeyId() const;   // empty unless an active key is selected
    QString selectedBuildSha() const;
    KeysModel *keysModel() const { return m_keys; }
    BuildsModel *buildsModel() const { return m_builds; }

signals:
    void editRequested();
    void generateSecretRequested();
    void generateKeyRequested();
    void revokeKeyRequested();
    void addBuildRequested();
    void removeBuildRequested();

private:
    void updateButtons();

    QLabel *m_title;
    QLabel *m_id;
    QLabel *m_settings;
    QLabel *m_secretState;
    KeysModel *m_keys;
    BuildsModel *m_builds;
    QTableView *m_keysView;
    QTableView *m_buildsView;
    QPushButton *m_revokeKey;
    QPushButton *m_removeBuild;
};

} // namespace arbiter::ui
