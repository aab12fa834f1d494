#pragma once

// Navigation icons drawn with QPainter in the palette's text colour, so they stay crisp at any
// scale and readable in light and dark themes without an image plugin.

#include <QIcon>
#include <QPalette>

namespace arbiter::ui {

enum class NavIcon { Overview, Flags, Leaderboards, Watchlist, Bans, Players, Games, Audit, Server, Settings };

QIcon navIcon(NavIcon which, const QPalette &palette);

} // namespace arbiter::ui
