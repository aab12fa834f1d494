#include "widgets/fielderrors.h"

#include "displayformat.h"

#include <QLabel>
#include <QStringList>

namespace arbiter::ui {

FieldErrors::FieldErrors(QLabel *general)
    : m_general(general)
{
}

QLabel *FieldErrors::makeLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    label->hide();
    return label;
}

QLabel *FieldErrors::add(const QString &field, QWidget *input)
{
    QLabel *label = makeLabel(field + QStringLiteral("Error"));
    m_slots.insert(field, Slot{label, input});
    return label;
}

void FieldErrors::clear()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        slot.label->clear();
        slot.label->hide();
    }
    m_general->clear();
    m_general->hide();
}

QWidget *FieldErrors::show(const Error &error)
{
    clear();
    QWidget *focus = nullptr;
    QStringList other;
    for (const FieldError &field : error.fields) {
        const auto slot = m_slots.constFind(field.field);
        if (slot == m_slots.cend()) {
            other << QStringLiteral("%1: %2").arg(field.field, field.message);
            continue;
        }
        slot->label->setText(field.message);
        slot->label->show();
        if (!focus)
            focus = slot->input;
    }
    if (error.fields.isEmpty() || !other.isEmpty()) {
        m_general->setText(error.fields.isEmpty() ? describe(error) : other.join(QLatin1Char('\n')));
        m_general->show();
    }
    return focus;
}

} // namespace arbiter::ui
