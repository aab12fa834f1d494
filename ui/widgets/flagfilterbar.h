#pragma once

// FlagFilterBar: the Flags page's filters: game, board, rule, confidence, status (pending by
// default) and a player search. Emits filterChanged with the FlagFilter they describe.

#include "storage/scorerepository.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace arbiter::ui {

struct FlagsFilterRequest;

// Games and their boards as (id, name) pairs, for the pickers and the table's names.
struct FlagCatalog {
    QList<std::pair<QString, QString>> games;
    QHash<QString, QList<std::pair<QString, QString>>> boards; // by game id
};

class FlagFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagFilterBar)
public:
    explicit FlagFilterBar(QWidget *parent = nullptr);

    void setCatalog(const FlagCatalog &catalog);
    // Game, rule and status from another page; board, confidence and player are cleared.
    void apply(const FlagsFilterRequest &request);
    FlagFilter filter() const;
    // The open queue: pending flags with no rule, confidence or player filter (a game or board may be picked).
    bool isDefault() const;

signals:
    void filterChanged();

private:
    void fillBoards();
    void changed();
    static void select(QComboBox *combo, const QString &value); // adds the value if unknown

    FlagCatalog m_catalog;
    QComboBox *m_game;
    QComboBox *m_board;
    QComboBox *m_rule;
    QComboBox *m_confidence;
    QComboBox *m_status;
    QLineEdit *m_player;
    QTimer m_typing;
    bool m_quiet = false;
};

} // namespace arbiter::ui
