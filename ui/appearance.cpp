#include "appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace arbiter::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kThemeKey = QStringLiteral("ui/theme");

// The translators installed now; replaced when the language changes.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(37, 39, 43), base(27, 29, 32), text(228, 230, 235), muted(140, 145, 155);
    const QColor highlight(61, 126, 214);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(33, 35, 39));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(45, 48, 53));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 74, 80));
    p.setColor(QPalette::Midlight, QColor(55, 58, 64));
    p.setColor(QPalette::Mid, QColor(50, 53, 58));
    p.setColor(QPalette::Dark, QColor(20, 21, 24));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

} // namespace

QString languageSetting()
{
    return QSettings().value(kLanguageKey).toString();
}

void setLanguageSetting(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")};
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

QString applyLanguage()
{
    for (QTranslator *t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();

    QString code = languageSetting();
    if (!availableLanguages().contains(code)) {
        code = QStringLiteral("en");
        for (const QString &name : QLocale::system().uiLanguages()) {
            const QString candidate = name.left(2).toLower();
            if (availableLanguages().contains(candidate)) {
                code = candidate;
                break;
            }
        }
    }
    QLocale::setDefault(code == QLatin1String("en") ? QLocale::system() : QLocale(code));
    if (code == QLatin1String("en"))
        return code;
    auto *ours = new QTranslator;
    if (ours->load(QStringLiteral(":/i18n/arbiter_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(ours);
        installed() << ours;
    } else {
        delete ours;
    }
    auto *qt = new QTranslator;
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    return code;
}

Theme themeSetting()
{
    const QString name = QSettings().value(kThemeKey).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void setThemeSetting(Theme theme)
{
    QSettings().setValue(kThemeKey, theme == Theme::Light  ? QStringLiteral("light")
                                    : theme == Theme::Dark ? QStringLiteral("dark")
                                                           : QStringLiteral("system"));
}

void applyTheme()
{
    static const QString platformStyle = QApplication::style() ? QApplication::style()->name() : QString();
    static const QPalette platformPalette = QApplication::palette();
    switch (themeSetting()) {
    case Theme::System:
        if (!platformStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace arbiter::ui
