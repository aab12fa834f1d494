#include "widgets/flagfilterbar.h"

#include "navigator.h"
#include "rulenames.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace arbiter::ui {

namespace {

QComboBox *makeCombo(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

} // namespace

FlagFilterBar::FlagFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_game(makeCombo(QStringLiteral("filterGame"), tr("Game")))
    , m_board(makeCombo(QStringLiteral("filterBoard"), tr("Board")))
    , m_rule(makeCombo(QStringLiteral("filterRule"), tr("Rule")))
    , m_confidence(makeCombo(QStringLiteral("filterConfidence"), tr("Confidence")))
    , m_status(makeCombo(QStringLiteral("filterStatus"), tr("Status")))
    , m_player(new QLineEdit)
{
    m_game->addItem(tr("All games"), QString());
    m_board->addItem(tr("All boards"), QString());
    m_rule->addItem(tr("All rules"), QString());
    for (const char *rule : {"velocity", "duplicate", "impossible_value", "rate_limit", "outlier", "new_player_top",
                             "linked_accounts", "bot_cadence", "ban_recommended", "server_mismatch"})
        m_rule->addItem(ruleLabel(QString::fromLatin1(rule)), QString::fromLatin1(rule));
    m_confidence->addItem(tr("Any confidence"), QString());
    m_confidence->addItem(tr("High"), QStringLiteral("high"));
    m_confidence->addItem(tr("Medium"), QStringLiteral("medium"));
    m_confidence->addItem(tr("Low"), QStringLiteral("low"));
    m_status->addItem(tr("Pending"), QStringLiteral("pending"));
    m_status->addItem(tr("Confirmed cheat"), QStringLiteral("confirmed_cheat"));
    m_status->addItem(tr("False positive"), QStringLiteral("false_positive"));
    m_status->addItem(tr("Dismissed"), QStringLiteral("dismissed"));
    m_status->addItem(tr("Any status"), QString());
    m_player->setObjectName(QStringLiteral("filterPlayer"));
    m_player->setAccessibleName(tr("Search by player"));
    m_player->setPlaceholderText(tr("Player id…"));
    m_player->setClearButtonEnabled(true);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &FlagFilterBar::changed);
    connect(m_player, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_player, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        changed();
    });
    connect(m_game, &QComboBox::currentIndexChanged, this, [this] {
        fillBoards();
        changed();
    });
    for (QComboBox *combo : {m_board, m_rule, m_confidence, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &FlagFilterBar::changed);

    // Two rows of three, so the page fits a small window.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int cell = 0;
    const auto labelled = [layout, &cell](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        layout->addWidget(label, cell / 3, (cell % 3) * 2);
        layout->addWidget(field, cell / 3, (cell % 3) * 2 + 1);
        ++cell;
    };
    labelled(tr("&Game:"), m_game);
    labelled(tr("B&oard:"), m_board);
    labelled(tr("&Rule:"), m_rule);
    labelled(tr("Co&nfidence:"), m_confidence);
    labelled(tr("&Status:"), m_status);
    labelled(tr("Pla&yer:"), m_player);
    layout->setColumnStretch(6, 1);
    setTabOrder(m_game, m_board);
    setTabOrder(m_board, m_rule);
    setTabOrder(m_rule, m_confidence);
    setTabOrder(m_confidence, m_status);
    setTabOrder(m_status, m_player);
}

void FlagFilterBar::select(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void FlagFilterBar::setCatalog(const FlagCatalog &catalog)
{
    m_catalog = catalog;
    m_quiet = true;
    const QString game = m_game->currentData().toString();
    const QString board = m_board->currentData().toString();
    m_game->clear();
    m_game->addItem(tr("All games"), QString());
    for (const auto &[id, name] : catalog.games)
        m_game->addItem(name, id);
    if (!game.isEmpty())
        select(m_game, game);
    fillBoards();
    if (!board.isEmpty())
        select(m_board, board);
    m_quiet = false;
}

void FlagFilterBar::fillBoards()
{
    const bool quiet = std::exchange(m_quiet, true);
    const QString game = m_game->currentData().toString();
    m_board->clear();
    m_board->addItem(tr("All boards"), QString());
    if (!game.isEmpty())
        for (const auto &[id, name] : m_catalog.boards.value(game))
            m_board->addItem(name, id);
    m_board->setEnabled(!game.isEmpty());
    m_quiet = quiet;
}

void FlagFilterBar::apply(const FlagsFilterRequest &request)
{
    m_quiet = true;
    m_typing.stop();
    if (request.gameId.isEmpty())
        m_game->setCurrentIndex(0);
    else
        select(m_game, request.gameId);
    fillBoards();
    if (request.rule.isEmpty())
        m_rule->setCurrentIndex(0);
    else
        select(m_rule, request.rule);
    m_confidence->setCurrentIndex(0);
    select(m_status, request.status.isEmpty() ? QStringLiteral("pending") : request.status);
    m_player->clear();
    m_quiet = false;
    emit filterChanged();
}

FlagFilter FlagFilterBar::filter() const
{
    FlagFilter f;
    f.gameId = m_game->currentData().toString();
    f.boardId = m_board->currentData().toString();
    f.type = m_rule->currentData().toString();
    f.confidence = m_confidence->currentData().toString();
    f.status = m_status->currentData().toString();
    f.playerId = m_player->text().trimmed();
    return f;
}

bool FlagFilterBar::isDefault() const
{
    const FlagFilter f = filter();
    return f.type.isEmpty() && f.confidence.isEmpty() && f.playerId.isEmpty()
           && f.status == QLatin1String("pending");
}

void FlagFilterBar::changed()
{
    if (!m_quiet)
        emit filterChanged();
}

} // namespace arbiter::ui
