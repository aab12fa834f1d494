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
    case NavIcon::Overview: {
        // Three bars of a chart on a baseline.
        p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
        p.drawRoundedRect(QRectF(5, 12, 3.5, 8.5), 0.8, 0.8);
        p.drawRoundedRect(QRectF(10.25, 6, 3.5, 14.5), 0.8, 0.8);
        p.drawRoundedRect(QRectF(15.5, 9.5, 3.5, 11), 0.8, 0.8);
        break;
    }
    case NavIcon::Flags: {
        p.drawLine(QPointF(5.5, 3), QPointF(5.5, 21.5));
        QPainterPath flag;
        flag.moveTo(5.5, 4);
        flag.cubicTo(9, 2, 12, 6.5, 15.5, 4.5);
        flag.lineTo(19, 4.5);
        flag.lineTo(19, 13);
        flag.cubicTo(15, 15, 12, 10.5, 5.5, 13);
        p.drawPath(flag);
        break;
    }
    case NavIcon::Leaderboards: {
        // A podium.
        QPainterPath podium;
        podium.moveTo(3, 20.5);
        podium.lineTo(3, 13);
        podium.lineTo(9, 13);
        podium.lineTo(9, 8);
        podium.lineTo(15, 8);
        podium.lineTo(15, 15);
        podium.lineTo(21, 15);
        podium.lineTo(21, 20.5);
        podium.closeSubpath();
        p.drawPath(podium);
        p.drawLine(QPointF(12, 11), QPointF(12, 16));
        break;
    }
    case NavIcon::Watchlist: {
        // An eye: the eye stages.
        QPainterPath eye;
        eye.moveTo(2.5, 12);
        eye.quadTo(12, 2.5, 21.5, 12);
        eye.quadTo(12, 21.5, 2.5, 12);
        p.drawPath(eye);
        p.drawEllipse(QPointF(12, 12), 3.2, 3.2);
        break;
    }
    case NavIcon::Bans: {
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p.drawLine(QPointF(6, 18), QPointF(18, 6));
        break;
    }
    case NavIcon::Players: {
        p.drawEllipse(QPointF(12, 8), 3.8, 3.8);
        QPainterPath body;
        body.moveTo(4.5, 20.5);
        body.cubicTo(5, 14, 19, 14, 19.5, 20.5);
        p.drawPath(body);
        break;
    }
    case NavIcon::Settings: {
        // Three sliders.
        for (int i = 0; i < 3; ++i) {
            const double y = 6 + i * 6;
            const double knob = (i == 1) ? 15 : (i == 0 ? 8 : 11);
            p.drawLine(QPointF(3.5, y), QPointF(20.5, y));
            p.drawEllipse(QPointF(knob, y), 2, 2);
        }
        break;
    }
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
