#include "pages/serverpage.h"

#include "coreinvoker.h"
#include "models/serverstatus.h"
#include "widgets/pagechrome.h"

#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

QLineEdit *readOnlyField(const QString &name, const QString &accessibleName)
{
    auto *field = new QLineEdit;
    field->setObjectName(name);
    field->setAccessibleName(accessibleName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return field;
}

QLabel *selectable(const QString &text, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QPushButton *copyButton(const QString &text, const QString &name, std::function<QString()> value)
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    QObject::connect(button, &QPushButton::clicked, button, [button, text, value = std::move(value)] {
        QGuiApplication::clipboard()->setText(value());
        button->setText(ServerPage::tr("Copied"));
        QTimer::singleShot(1500, button, [button, text] { button->setText(text); });
    });
    return button;
}

} // namespace

ServerPage::ServerPage(CoreInvoker &invoker, ServerStatus &status, QWidget *parent)
    : QWidget(parent)
    , m_invoker(invoker)
    , m_status(status)
    , m_state(new QLabel)
    , m_baseUrl(readOnlyField(QStringLiteral("baseUrl"), tr("Base URL")))
    , m_token(readOnlyField(QStringLiteral("adminToken"), tr("Admin token")))
    , m_showToken(new QPushButton(tr("S&how")))
    , m_connections(new QLabel)
    , m_rate(new QLabel)
    , m_served(new QLabel)
{
    setObjectName(QStringLiteral("serverPage"));
    Engine &engine = m_invoker.engine();

    auto *heading = pageHeading(tr("Server"));

    m_state->setObjectName(QStringLiteral("listenerState"));
    QFont sf = m_state->font();
    sf.setBold(true);
    m_state->setFont(sf);
    m_connections->setObjectName(QStringLiteral("connections"));
    m_rate->setObjectName(QStringLiteral("requestRate"));
    m_served->setObjectName(QStringLiteral("requestsServed"));

    auto *copyUrl = copyButton(tr("&Copy URL"), QStringLiteral("copyBaseUrl"), [this] { return m_baseUrl->text(); });
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrl, 1);
    urlRow->addWidget(copyUrl);

    m_token->setText(engine.adminToken());
    m_token->setEchoMode(QLineEdit::Password);
    m_showToken->setObjectName(QStringLiteral("showToken"));
    m_showToken->setCheckable(true);
    connect(m_showToken, &QPushButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    const QString token = engine.adminToken();
    auto *copyToken = copyButton(tr("Co&py token"), QStringLiteral("copyToken"), [token] { return token; });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(copyToken);
    const QString tokenSource = engine.adminTokenPath().isEmpty()
                                    ? tr("From the ARBITER_ADMIN_TOKEN environment variable.")
                                    : tr("Stored in %1 (readable by your user only).").arg(QDir::toNativeSeparators(engine.adminTokenPath()));
    auto *tokenHint = selectable(tokenSource + QLatin1Char(' ')
                                     + tr("Scripts send it as “Authorization: Bearer <token>” to /admin/v1."),
                                 QStringLiteral("tokenSource"));
    tokenHint->setWordWrap(false); // a wrapped label in a form row reserves far too much height
    tokenHint->setForegroundRole(QPalette::PlaceholderText);

    auto *listener = new QFormLayout;
    listener->addRow(tr("State:"), m_state);
    auto *urlLabel = new QLabel(tr("Base &URL:"));
    urlLabel->setBuddy(m_baseUrl);
    listener->addRow(urlLabel, urlRow);
    auto *tokenLabel = new QLabel(tr("Admin &token:"));
    tokenLabel->setBuddy(m_token);
    listener->addRow(tokenLabel, tokenRow);
    listener->addRow(QString(), tokenHint);
    auto *listenerBox = new QGroupBox(tr("Listener"));
    listenerBox->setLayout(listener);

    auto *traffic = new QFormLayout;
    traffic->addRow(tr("Open connections:"), m_connections);
    traffic->addRow(tr("Requests per second:"), m_rate);
    traffic->addRow(tr("Requests served:"), m_served);
    auto *trafficBox = new QGroupBox(tr("Traffic"));
    trafficBox->setLayout(traffic);

    auto *storage = new QFormLayout;
    storage->addRow(tr("Data folder:"), selectable(QDir::toNativeSeparators(engine.dataDir()), QStringLiteral("dataDir")));
    storage->addRow(tr("Database file:"),
                    selectable(QDir::toNativeSeparators(engine.databasePath()), QStringLiteral("databasePath")));
    auto *storageBox = new QGroupBox(tr("Storage"));
    storageBox->setLayout(storage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(listenerBox);
    layout->addWidget(trafficBox);
    layout->addWidget(storageBox);
    layout->addStretch();

    setTabOrder(m_baseUrl, copyUrl);
    setTabOrder(copyUrl, m_token);
    setTabOrder(m_token, m_showToken);
    setTabOrder(m_showToken, copyToken);

    connect(&m_status, &ServerStatus::updated, this, &ServerPage::updateStatus);
    updateStatus();
}

void ServerPage::updateStatus()
{
    if (!m_status.hasSnapshot()) {
        m_state->setText(tr("Starting…"));
        return;
    }
    const ServerSnapshot &s = m_status.snapshot();
    const QString scheme = s.tls ? QStringLiteral("https") : QStringLiteral("http");
    m_state->setText(s.listening ? tr("Listening on %1%2").arg(m_status.address(), s.tls ? tr(" (TLS)") : QString())
                                 : tr("Stopped"));
    m_state->setStyleSheet(s.listening ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    const QString url = QStringLiteral("%1://%2").arg(scheme, m_status.address());
    if (m_baseUrl->text() != url)
        m_baseUrl->setText(url);
    m_connections->setText(QLocale().toString(s.connections));
    m_rate->setText(QLocale().toString(m_status.requestsPerSecond(), 'f', 1));
    m_served->setText(QLocale().toString(qulonglong(s.served)));
}

} // namespace arbiter::ui
