#include "dialogs/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace arbiter::ui {

QMessageBox *askToConfirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel,
                          std::function<void()> onConfirm)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(confirmLabel, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirm"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel); // Enter must never do the irreversible thing by accident
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [confirm, onConfirm = std::move(onConfirm)](QAbstractButton *b) {
        if (b == confirm)
            onConfirm();
    });
    box->open();
    return box;
}

} // namespace arbiter::ui
