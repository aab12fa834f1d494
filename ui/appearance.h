#pragma once

// Appearance: the console's language and theme, kept in QSettings ("ui/language", "ui/theme").
// The language follows the system unless the moderator picks one; the theme follows the
// platform unless Light or Dark is picked (Fusion with a matching palette).

#include <QString>
#include <QStringList>

namespace arbiter::ui {

enum class Theme { System, Light, Dark };

// "" = the system's language; otherwise a code of availableLanguages().
QString languageSetting();
void setLanguageSetting(const QString &code);
QStringList availableLanguages(); // "en", "de", "ru"
QString languageName(const QString &code); // in that language: "English", "Deutsch", "Русский"
// Installs the translators for the setting (or the system's language); returns the code used.
QString applyLanguage();

Theme themeSetting();
void setThemeSetting(Theme theme);
void applyTheme();

} // namespace arbiter::ui
