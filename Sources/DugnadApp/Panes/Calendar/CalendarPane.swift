import DugnadCore
import TerminalKit

typealias CalendarScope = PaneScope<CalendarState>

/// The Calendar tab behind the pane interface: month, week, agenda and day
/// views of one range, read as ranges (not pages) from the store.
public enum CalendarPane: Pane {
    public typealias State = CalendarState
    public typealias Message = CalendarMsg

    public static func keyContext(_ state: CalendarState) -> KeyContext {
        switch state.mode {
        case .month: return .calendarMonth
        case .day: return .calendarDay
        case .week, .agenda: return .calendar
        }
    }

    public static func searchQuery(_ state: CalendarState) -> String? { state.query }

    public static func search(_ text: String, _ pane: inout Scope) -> [Command] {
        pane.state.query = text
        return reloadCalendar(&pane)
    }

    public static func shown(_ pane: inout Scope) -> [Command] {
        pane.calendarLoadCommand.map { [$0] } ?? []
    }

    /// The view shown is read again (keeping the selection); out of sight it is read when shown.
    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        pane.state.invalidate(keepSelection: true)
        return visible ? shown(&pane) : []
    }

    public static func todayMoved(from old: CivilDate, _ pane: inout Scope) {
        if pane.state.day == old { pane.state.day = pane.today }
    }

    public static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command] { [] }

    public static func update(_ pane: inout Scope, _ msg: CalendarMsg) -> [Command] {
        calendarUpdate(&pane, msg)
    }

    public static func perform(_ action: Action, _ pane: inout Scope) -> [Command]? {
        calendarPerform(action, &pane)
    }

    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? {
        guard hit.kind == .activity else { return nil }
        return search(hit.title, &pane)
    }

    public static func save(_ form: FormState, _ pane: inout Scope) -> [Command] {
        guard case .calendar(let purpose) = form.purpose else { return [] }
        var form = form
        return saveCalendarForm(&pane, &form, purpose)
    }

    public static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme) {
        drawCalendar(into: &buffer, pane, theme)
    }
}
