#include "dialogs/secretdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace arbiter::ui {

SecretDialog::SecretDialog(const QString &title, const QString &warning, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(title);
    setMinimumWidth(560);

    auto *warningLabel = new QLabel(warning);
    warningLabel->setObjectName(QStringLiteral("warning"));
    warningLabel->setWordWrap(true);
    warningLabel->setTextFormat(Qt::PlainText);
    warningLabel->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #d08a00; background: rgba(255,176,0,40);"
                                               " padding: 8px; border-radius: 4px; }"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("I have stored it — &Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warningLabel);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

void SecretDialog::addValue(const QString &label, const QString &value, const QString &objectName)
{
    auto *field = new QLineEdit(value);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setAccessibleName(label);
    field->setCursorPosition(0);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(value) + 16);

    auto *copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    connect(copy, &QPushButton::clicked, this, [copy, value] {
        QGuiApplication::clipboard()->setText(value);
        copy->setText(tr("Copied"));
        QTimer::singleShot(1500, copy, [copy] { copy->setText(tr("&Copy")); });
    });

    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    auto *caption = new QLabel(label);
    caption->setBuddy(field);
    m_form->addRow(caption, row);
    if (m_form->rowCount() == 1)
        copy->setFocus();
}

QString SecretDialog::value(const QString &objectName) const
{
    const auto *field = findChild<QLineEdit *>(objectName);
    return field ? field->text() : QString();
}

} // namespace arbiter::ui
