#include "widgets/navicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace arbiter::ui {

namespace {

void draw(QPainter &p, NavIcon which)
{
    // Drawn on a 24x24 grid.
    switch (which) {
    case NavIcon::Games: {
        QPainterPath pad;
        pad.addRoundedRect(QRectF(2.5, 7, 19, 11), 5, 5);
        p.drawPath(pad);
        p.drawLine(QPointF(7, 10.5), QPointF(7, 14.5));
        p.drawLine(QPointF(5, 12.5), QPointF(9, 12.5));
        p.drawEllipse(QPointF(15.5, 11.5), 0.9, 0.9);
        p.drawEllipse(QPointF(17.8, 13.8), 0.9, 0.9);
        break;
    }
    case NavIcon::Server: {
        p.drawRoundedRect(QRectF(3.5, 4, 17, 6.5), 1.5, 1.5);
        p.drawRoundedRect(QRectF(3.5, 13.5, 17, 6.5), 1.5, 1.5);
        p.drawEllipse(QPointF(7, 7.25), 0.9, 0.9);
        p.drawEllipse(QPointF(7, 16.75), 0.9, 0.9);
        p.drawLine(QPointF(11, 7.25), QPointF(17, 7.25));
        p.drawLine(QPointF(11, 16.75), QPointF(17, 16.75));
        break;
    }
    case NavIcon::Audit: {
        // A chain of three linked entries: the journal is a hash chain.
        p.drawRoundedRect(QRectF(4, 3, 16, 18), 2, 2);
        for (int i = 0; i < 3; ++i) {
            const double y = 7.5 + i * 4.5;
            p.drawLine(QPointF(7.5, y), QPointF(9, y + 1.3));
            p.drawLine(QPointF(9, y + 1.3), QPointF(11, y - 1.2));
            p.drawLine(QPointF(13, y), QPointF(17, y));
        }
        break;
    }
    }
}

QPixmap render(NavIcon which, const QColor &colour, int size, qreal dpr)
{
    QPixmap pixmap(int(size * dpr), int(size * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    QPen pen(colour, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    draw(p, which);
    return pixmap;
}

} // namespace

QIcon navIcon(NavIcon which, const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        for (qreal dpr : {1.0, 2.0}) {
            icon.addPixmap(render(which, palette.color(QPalette::Active, QPalette::WindowText), size, dpr), QIcon::Normal);
            icon.addPixmap(render(which, palette.color(QPalette::Active, QPalette::HighlightedText), size, dpr),
                           QIcon::Selected);
        }
    }
    return icon;
}

} // namespace arbiter::ui
