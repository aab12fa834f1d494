#include "pages/settingspage.h"

#include "appearance.h"
#include "consolecontext.h"
#include "coreinvoker.h"
#include "displayformat.h"
#include "moderator.h"
#include "storage/writer.h"
#include "widgets/pagechrome.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace arbiter::ui {

SettingsPage::SettingsPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_name(new QLineEdit)
    , m_saveName(new QPushButton(tr("&Save name")))
    , m_nameStatus(new QLabel)
    , m_language(new QComboBox)
    , m_theme(new QComboBox)
{
    setObjectName(QStringLiteral("settingsPage"));

    // Moderator
    m_name->setObjectName(QStringLiteral("moderatorName"));
    m_name->setAccessibleName(tr("Moderator name"));
    m_name->setText(moderatorName());
    m_name->setPlaceholderText(tr("Your name, as the audit journal records it"));
    m_name->setMaxLength(64);
    m_saveName->setObjectName(QStringLiteral("saveModeratorName"));
    m_saveName->setEnabled(false);
    m_nameStatus->setObjectName(QStringLiteral("moderatorNameStatus"));
    m_nameStatus->setWordWrap(true);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_saveName->setEnabled(!text.trimmed().isEmpty() && text.trimmed() != moderatorName());
        m_nameStatus->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, this, &SettingsPage::saveModeratorName);
    connect(m_saveName, &QPushButton::clicked, this, &SettingsPage::saveModeratorName);

    auto *moderator = new QGroupBox(tr("Moderator"));
    auto *moderatorForm = new QFormLayout(moderator);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_saveName);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    moderatorForm->addRow(nameLabel, nameRow);
    moderatorForm->addRow(QString(), m_nameStatus);
    auto *nameHint = new QLabel(tr("Every action you take in the console (bans, flag decisions, new secrets) is written "
                                   "to the audit journal under this name. Changing it is itself recorded."));
    nameHint->setWordWrap(true);
    nameHint->setForegroundRole(QPalette::PlaceholderText);
    moderatorForm->addRow(QString(), nameHint);

    // Appearance
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    const QString systemCode = QLocale::system().name().left(2);
    m_language->addItem(tr("System language (%1)").arg(languageName(availableLanguages().contains(systemCode)
                                                                        ? systemCode
                                                                        : QStringLiteral("en"))),
                        QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    connect(m_language, &QComboBox::activated, this, &SettingsPage::languagePicked);

    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(themeSetting()))));
    connect(m_theme, &QComboBox::activated, this, &SettingsPage::themePicked);

    auto *appearance = new QGroupBox(tr("Appearance"));
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(tr("&Theme:"), m_theme);

    // Data
    const QString dataDir = QDir::toNativeSeparators(m_context.invoker.engine().dataDir());
    auto *data = new QGroupBox(tr("Data"));
    auto *dataForm = new QFormLayout(data);
    auto *folder = new QLabel(dataDir);
    folder->setObjectName(QStringLiteral("dataFolder"));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openFolder = new QPushButton(tr("&Open data folder"));
    openFolder->setObjectName(QStringLiteral("openDataFolder"));
    connect(openFolder, &QPushButton::clicked, this,
            [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(openFolder);
    dataForm->addRow(tr("Folder:"), folderRow);

    for (QGroupBox *box : {moderator, appearance, data})
        box->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Settings")));
    layout->addWidget(moderator);
    layout->addWidget(appearance);
    layout->addWidget(data);
    layout->addStretch(1);
    setTabOrder(m_name, m_saveName);
    setTabOrder(m_saveName, m_language);
    setTabOrder(m_language, m_theme);
    setTabOrder(m_theme, openFolder);
}

void SettingsPage::saveModeratorName()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == moderatorName())
        return;
    const Actor actor = consoleActor(); // the change is recorded under the name it replaces
    m_saveName->setEnabled(false);
    m_nameStatus->setText(tr("Saving…"));
    m_context.invoker.call<Unit>(
        this,
        [actor, name](Engine &engine, Callback<Unit> reply) {
            const qint64 now = engine.clock().nowMs();
            engine.writer()->submit(
                [actor, name, now](QSqlDatabase &db) -> Status {
                    const QJsonObject details{{QStringLiteral("previous"), actor.name}};
                    if (Result<AuditEntry> entry = AuditJournal::append(db, now, actor, QStringLiteral("moderator.rename"), name, details);
                        !entry)
                        return entry.error();
                    return success();
                },
                nullptr, [reply](Status status) { reply(status); });
        },
        [this, name](Status status) {
            if (!status) {
                m_nameStatus->setText(tr("Not saved: %1").arg(describe(status.error())));
                m_saveName->setEnabled(true);
                return;
            }
            QSettings().setValue(QStringLiteral("moderator/name"), name);
            m_nameStatus->setText(tr("Saved. Your actions are now recorded as “%1”.").arg(name));
            emit moderatorNameSaved(name);
        });
}

void SettingsPage::languagePicked(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (code == languageSetting())
        return;
    setLanguageSetting(code);
    emit appearanceChanged();
}

void SettingsPage::themePicked(int index)
{
    const Theme theme = Theme(m_theme->itemData(index).toInt());
    if (theme == themeSetting())
        return;
    setThemeSetting(theme);
    emit appearanceChanged();
}

} // namespace arbiter::ui
