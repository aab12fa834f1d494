#pragma once

// The console's ban and lift flows, shared by every page that bans (Bans, Players, and through
// Navigator::banRequested the Leaderboards, Watchlist and Flags pages): dialog → confirmation →
// BanService on the core thread → the dialog closes, or stays open with the service's error.

#include "domain/ban.h"

#include <QString>

#include <functional>

class QWidget;

namespace arbiter::ui {

class CoreInvoker;

// Opens the new-ban dialog prefilled with the game and player (either may be empty) once the
// games are read; `banned` runs on the UI thread after the ban committed.
void startNewBan(QWidget *parent, CoreInvoker &invoker, const QString &gameId, const QString &playerId,
    std::function<void(const Ban &)> banned = {});

// Opens the lift dialog (note, restore scores) for the ban; `lifted` runs after the lift committed.
void startLiftBan(QWidget *parent, CoreInvoker &invoker, const Ban &ban, std::function<void(const Ban &)> lifted = {});

} // namespace arbiter::ui
