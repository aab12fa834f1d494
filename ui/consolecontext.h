#pragma once

// ConsoleContext: what every page is built with: the invoker that reaches the engine, the
// navigator that moves between pages, and the live events relayed onto the UI thread.

namespace arbiter::ui {

class CoreInvoker;
class LiveEvents;
class Navigator;

struct ConsoleContext {
    CoreInvoker &invoker;
    Navigator &navigator;
    LiveEvents &live;
};

} // namespace arbiter::ui
