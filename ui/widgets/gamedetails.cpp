#include "widgets/gamedetails.h"

#include "displayformat.h"
#include "models/buildsmodel.h"
#include "models/keysmodel.h"
#include "widgets/headerstate.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setMinimumHeight(90);
    return view;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

GameDetails::GameDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_id(new QLabel)
    , m_settings(new QLabel)
    , m_secretState(new QLabel)
    , m_keys(new KeysModel(this))
    , m_builds(new BuildsModel(this))
    , m_keysView(makeTable(m_keys, QStringLiteral("keysView"), tr("Encryption keys")))
    , m_buildsView(makeTable(m_builds, QStringLiteral("buildsView"), tr("Build signatures")))
    , m_revokeKey(button(tr("&Revoke key…"), QStringLiteral("revokeKey"), this))
    , m_removeBuild(button(tr("Re&move build…"), QStringLiteral("removeBuild"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("gameTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_id->setForegroundRole(QPalette::PlaceholderText);
    m_settings->setObjectName(QStringLiteral("gameSettings"));
    m_settings->setTextFormat(Qt::RichText);
    m_settings->setWordWrap(false);
    m_secretState->setObjectName(QStringLiteral("secretState"));
    m_secretState->setWordWrap(true);

    auto *edit = button(tr("&Edit…"), QStringLiteral("editGame"), this);
    auto *secret = button(tr("Generate &secret…"), QStringLiteral("generateSecret"), this);
    auto *key = button(tr("Generate &key…"), QStringLiteral("generateKey"), this);
    auto *addBuild = button(tr("Add &build…"), QStringLiteral("addBuild"), this);
    edit->setToolTip(tr("Edit the game's settings (Ctrl+E)"));
    secret->setToolTip(tr("Create a new backend secret; the old one stops working at once"));
    connect(edit, &QPushButton::clicked, this, &GameDetails::editRequested);
    connect(secret, &QPushButton::clicked, this, &GameDetails::generateSecretRequested);
    connect(key, &QPushButton::clicked, this, &GameDetails::generateKeyRequested);
    connect(m_revokeKey, &QPushButton::clicked, this, &GameDetails::revokeKeyRequested);
    connect(addBuild, &QPushButton::clicked, this, &GameDetails::addBuildRequested);
    connect(m_removeBuild, &QPushButton::clicked, this, &GameDetails::removeBuildRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(edit);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretState, 1);
    secretRow->addWidget(secret);
    auto *secretBox = new QGroupBox(tr("Backend secret"));
    secretBox->setLayout(secretRow);

    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(key);
    keyButtons->addWidget(m_revokeKey);
    keyButtons->addStretch();
    auto *keysLayout = new QVBoxLayout;
    keysLayout->addWidget(m_keysView);
    keysLayout->addLayout(keyButtons);
    auto *keysBox = new QGroupBox(tr("Encryption keys (AES-256-GCM)"));
    keysBox->setLayout(keysLayout);

    auto *buildButtons = new QHBoxLayout;
    buildButtons->addWidget(addBuild);
    buildButtons->addWidget(m_removeBuild);
    buildButtons->addStretch();
    auto *buildsLayout = new QVBoxLayout;
    buildsLayout->addWidget(m_buildsView);
    buildsLayout->addLayout(buildButtons);
    auto *buildsBox = new QGroupBox(tr("Build signatures"));
    buildsBox->setLayout(buildsLayout);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_id);
    layout->addWidget(m_settings);
    layout->addWidget(secretBox);
    layout->addWidget(keysBox, 1);
    layout->addWidget(buildsBox, 2);

    // Wide enough for a whole key id, date and SHA-256 unless the moderator saved other widths.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 24;
    m_keysView->setColumnWidth(KeysModel::KeyId, fixed.horizontalAdvance(QStringLiteral("00000000")) + 40);
    m_keysView->setColumnWidth(KeysModel::Created, dateWidth);
    m_buildsView->setColumnWidth(BuildsModel::Label, 170);
    m_buildsView->setColumnWidth(BuildsModel::Added, dateWidth);
    m_buildsView->setTextElideMode(Qt::ElideMiddle); // both ends of a hash are what people compare
    persistHeaderState(m_keysView->horizontalHeader(), QStringLiteral("gameKeys"));
    persistHeaderState(m_buildsView->horizontalHeader(), QStringLiteral("gameBuilds"));
    connect(m_keysView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GameDetails::updateButtons);
    connect(m_buildsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GameDetails::updateButtons);
    connect(m_keys, &QAbstractItemModel::modelReset, this, &GameDetails::updateButtons);
    connect(m_builds, &QAbstractItemModel::modelReset, this, &GameDetails::updateButtons);
    updateButtons();
}

void GameDetails::setGame(const Game &game)
{
    const GameSettings &s = game.settings;
    m_title->setText(s.name);
    m_id->setText(tr("Game id %1 · created %2").arg(game.id, localTime(game.createdAtMs)));
    const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
    const QString row = QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Anti-cheat"), onOff(s.antiCheat));
    html += row.arg(tr("Test mode"), onOff(s.testMode));
    html += row.arg(tr("Auto-ban"), onOff(s.autoBan));
    html += row.arg(tr("Trust proxy"), onOff(s.trustProxy));
    html += row.arg(tr("Webhook"), s.webhookUrl.isEmpty() ? tr("none") : s.webhookUrl.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_settings->setText(html);
    m_secretState->setText(game.secretHash.isEmpty()
                               ? tr("No secret yet. The game backend needs one to submit scores for players.")
                               : tr("A secret is set. Generating a new one replaces it at once."));

    // Keep the selected key or build selected across the refresh that follows every action.
    const QString key = selectedKeyId();
    const QString build = selectedBuildSha();
    m_keys->setKeys(game.keys);
    m_builds->setBuilds(game.builds);
    for (int r = 0; r < m_keys->rowCount(); ++r)
        if (!key.isEmpty() && m_keys->keyId(r) == key)
            m_keysView->selectRow(r);
    for (int r = 0; r < m_builds->rowCount(); ++r)
        if (!build.isEmpty() && m_builds->build(r)->sha256 == build)
            m_buildsView->selectRow(r);
    updateButtons();
}

QString GameDetails::selectedKeyId() const
{
    const QModelIndexList rows = m_keysView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_keys->isActive(rows.first().row()))
        return {};
    return m_keys->keyId(rows.first().row());
}

QString GameDetails::selectedBuildSha() const
{
    const QModelIndexList rows = m_buildsView->selectionModel()->selectedRows();
    const BuildSignature *build = rows.isEmpty() ? nullptr : m_builds->build(rows.first().row());
    return build ? build->sha256 : QString();
}

void GameDetails::updateButtons()
{
    m_revokeKey->setEnabled(!selectedKeyId().isEmpty());
    m_removeBuild->setEnabled(!selectedBuildSha().isEmpty());
}

} // namespace arbiter::ui
