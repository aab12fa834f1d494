#include "widgets/stattile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace arbiter::ui {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption))
    , m_value(new QLabel(QStringLiteral("–")))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(caption);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_value->setObjectName(QStringLiteral("value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    restyle();
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value);
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::caption() const
{
    return m_caption->text();
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit activated();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void StatTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void StatTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    restyle();
}

void StatTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    restyle();
}

void StatTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void StatTile::restyle()
{
    // The focus ring uses the palette's highlight, so it shows in light and dark themes.
    const QColor border = hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    const QString sheet = QStringLiteral("arbiter--ui--StatTile { border: %1px solid %2; border-radius: 6px; background: %3; }")
                              .arg(hasFocus() ? 2 : 1)
                              .arg(border.name(), palette().color(QPalette::Base).name());
    if (styleSheet() != sheet) // a style sheet may touch the palette: never loop
        setStyleSheet(sheet);
}

} // namespace arbiter::ui
