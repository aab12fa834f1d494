#include "dialogs/addbuilddialog.h"

#include "displayformat.h"
#include "workers/filehasher.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace arbiter::ui {

AddBuildDialog::AddBuildDialog(const QString &gameName, QWidget *parent)
    : QDialog(parent)
    , m_sha(new QLineEdit)
    , m_label(new QLineEdit)
    , m_chooseFile(new QPushButton(tr("Choose &file…")))
    , m_progress(new QProgressBar)
    , m_cancelHash(new QPushButton(tr("Cancel &hashing")))
    , m_status(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("addBuildDialog"));
    setWindowTitle(tr("Add build signature — %1").arg(gameName));
    setMinimumWidth(640);

    auto *intro = new QLabel(tr("Only clients whose binary matches a registered signature can log in once a game "
                                "has any. Paste the SHA-256 of the release build, or pick the file and Arbiter "
                                "hashes it for you."));
    intro->setWordWrap(true);

    m_sha->setObjectName(QStringLiteral("sha256"));
    m_sha->setAccessibleName(tr("SHA-256"));
    m_sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sha->setPlaceholderText(tr("64 hexadecimal characters"));
    m_sha->setMaxLength(64 + 16); // leaves room for pasted whitespace, trimmed on use
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setMaxLength(200);
    m_label->setPlaceholderText(tr("e.g. 1.4.2 Windows x64"));
    m_chooseFile->setObjectName(QStringLiteral("chooseFile"));
    m_progress->setObjectName(QStringLiteral("hashProgress"));
    m_progress->setAccessibleName(tr("Hashing progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancelHash->setObjectName(QStringLiteral("cancelHashing"));
    m_cancelHash->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->hide();

    auto *shaLabel = new QLabel(tr("&SHA-256:"));
    shaLabel->setBuddy(m_sha);
    auto *labelLabel = new QLabel(tr("&Label:"));
    labelLabel->setBuddy(m_label);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_chooseFile);
    fileRow->addWidget(m_progress, 1);
    fileRow->addWidget(m_cancelHash);
    fileRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(shaLabel, m_sha);
    form->addRow(QString(), fileRow);
    form->addRow(QString(), m_status);
    form->addRow(labelLabel, m_label);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add build"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        setBusy(true);
        emit submitted(sha256(), label());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseFile, &QPushButton::clicked, this, &AddBuildDialog::chooseFile);
    connect(m_cancelHash, &QPushButton::clicked, this, &AddBuildDialog::cancelHashing);
    connect(m_sha, &QLineEdit::textChanged, this, &AddBuildDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    updateState();
}

AddBuildDialog::~AddBuildDialog()
{
    cancelHashing();
}

bool AddBuildDialog::isSha256Hex(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return re.match(text).hasMatch();
}

QString AddBuildDialog::sha256() const
{
    QString text = m_sha->text();
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    if (text.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive)) // as game clients send it
        text = text.mid(7);
    return text.toLower();
}

QString AddBuildDialog::label() const
{
    return m_label->text().trimmed();
}

void AddBuildDialog::updateState()
{
    const QString sha = sha256();
    const bool valid = isSha256Hex(sha);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_busy && !m_hasher);
    if (m_hasher)
        return;
    if (sha.isEmpty())
        m_status->setText(QString());
    else if (!valid)
        m_status->setText(tr("A SHA-256 is 64 hexadecimal characters (0-9, a-f); this has %n.", "", int(sha.size())));
    else
        m_status->setText(tr("Looks like a valid SHA-256."));
}

void AddBuildDialog::chooseFile()
{
    auto *picker = new QFileDialog(this, tr("Choose the game binary"));
    picker->setObjectName(QStringLiteral("binaryPicker"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &AddBuildDialog::hashFile);
    picker->open();
}

void AddBuildDialog::hashFile(const QString &path)
{
    cancelHashing();
    m_hasher = new FileHasher(path, this);
    const QString fileName = QFileInfo(path).fileName();
    connect(m_hasher, &FileHasher::progress, this, [this, fileName](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_status->setText(tr("Hashing %1 — %2 of %3")
                              .arg(fileName, locale().formattedDataSize(done),
                                   locale().formattedDataSize(total)));
    });
    connect(m_hasher, &QThread::finished, this, &AddBuildDialog::hashingFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelHash->show();
    m_chooseFile->setEnabled(false);
    m_sha->setEnabled(false);
    updateState();
    m_hasher->start(QThread::LowPriority);
}

void AddBuildDialog::cancelHashing()
{
    if (!m_hasher)
        return;
    FileHasher *hasher = std::exchange(m_hasher, nullptr);
    hasher->disconnect(this);
    hasher->cancel();
    hasher->wait(); // stops within one 1 MiB chunk
    delete hasher;
    m_progress->hide();
    m_cancelHash->hide();
    m_chooseFile->setEnabled(true);
    m_sha->setEnabled(true);
    m_status->setText(tr("Hashing cancelled."));
    updateState();
}

void AddBuildDialog::hashingFinished()
{
    FileHasher *hasher = std::exchange(m_hasher, nullptr);
    m_progress->hide();
    m_cancelHash->hide();
    m_chooseFile->setEnabled(true);
    m_sha->setEnabled(true);
    if (!hasher->hex().isEmpty()) {
        m_sha->setText(hasher->hex());
        if (m_label->text().isEmpty())
            m_label->setText(QFileInfo(hasher->path()).fileName());
        updateState();
        m_status->setText(tr("Hashed %1.").arg(QFileInfo(hasher->path()).fileName()));
    } else {
        updateState();
        m_status->setText(hasher->wasCancelled() ? tr("Hashing cancelled.") : hasher->error());
    }
    hasher->deleteLater();
}

void AddBuildDialog::showError(const Error &error)
{
    setBusy(false);
    m_error->setText(describe(error));
    m_error->show();
}

void AddBuildDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

} // namespace arbiter::ui
