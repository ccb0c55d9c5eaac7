import DugnadCore
import TerminalKit

/// Names every windowed list of the app, so generic list handling (motion,
/// reading windows, reloading after changes) is written once.
public enum ListKey: Sendable, Hashable, CaseIterable {
    case organisations, services, directoryVenues, staff, bookings, activities, applications, volunteers, requests
}

extension Model {
    /// The list the user is looking at now.
    public var activeList: ListKey {
        switch tab {
        case .calendar: return .activities
        case .venues: return .bookings
        case .grants: return .applications
        case .volunteers: return volunteers.section == .requests ? .requests : .volunteers
        case .directory:
            switch directory.section {
            case .organisations: return .organisations
            case .services: return .services
            case .venues: return .directoryVenues
            case .staff: return .staff
            }
        }
    }

    static func windowPath(_ key: ListKey) -> WritableKeyPath<Model, ListWindow> {
        switch key {
        case .organisations: return \.directory.organisations.window
        case .services: return \.directory.services.window
        case .directoryVenues: return \.directory.venues.window
        case .staff: return \.directory.staff.window
        case .bookings: return \.venues.grid.window
        case .activities: return \.calendar.activities.window
        case .applications: return \.grants.applications.window
        case .volunteers: return \.volunteers.volunteers.window
        case .requests: return \.volunteers.requests.window
        }
    }

    public func window(_ key: ListKey) -> ListWindow { self[keyPath: Self.windowPath(key)] }

    public var paneLayout: PaneLayout {
        PaneLayout(content: ScreenLayout(size: size).content, hasSidebar: tab == .directory || tab == .volunteers)
    }

    /// The query (filter text) of a list.
    public func query(_ key: ListKey) -> String {
        switch key {
        case .organisations: return directory.query(.organisations)
        case .services: return directory.query(.services)
        case .directoryVenues: return directory.query(.venues)
        case .staff: return directory.query(.staff)
        case .bookings: return venues.query
        case .activities: return calendar.query
        case .applications: return grants.query
        case .volunteers: return volunteers.query(.volunteers)
        case .requests: return volunteers.query(.requests)
        }
    }

    public mutating func setQuery(_ key: ListKey, _ text: String) {
        switch key {
        case .organisations: directory.queries[.organisations] = text
        case .services: directory.queries[.services] = text
        case .directoryVenues: directory.queries[.venues] = text
        case .staff: directory.queries[.staff] = text
        case .bookings: venues.query = text
        case .activities: calendar.query = text
        case .applications: grants.query = text
        case .volunteers: volunteers.queries[.volunteers] = text
        case .requests: volunteers.queries[.requests] = text
        }
    }

    /// Which rows a list shows, as the store should read them.
    public func source(_ key: ListKey) -> ListSource {
        let q = query(key)
        switch key {
        case .organisations: return .organisations(query: q, sort: directory.sort)
        case .services: return .services(query: q)
        case .directoryVenues: return .venues(query: q)
        case .staff: return .staff(query: q)
        case .bookings: return .venueGrid(day: venues.day, filter: venues.effectiveFilter)
        case .activities: return .activities(from: calendar.day, through: calendar.through, query: q)
        case .applications: return .applications(query: q)
        case .volunteers: return .volunteers(query: q)
        case .requests: return .requests(query: q)
        }
    }

    /// The command that reads the window a list needs now, if any.
    public func windowCommand(_ key: ListKey) -> Command? {
        if key == .activities { return calendarLoadCommand }  // the Calendar pane loads ranges, not pages
        guard let need = window(key).windowNeeded(visible: paneLayout.visibleRows) else { return nil }
        return .loadPage(ListRequest(source: source(key), offset: need.offset, limit: need.limit))
    }

    /// Moves a list's cursor and asks for rows that came into view.
    public mutating func moveList(_ key: ListKey, _ motion: ListMotion) -> [Command] {
        self[keyPath: Self.windowPath(key)].move(motion, visible: paneLayout.visibleRows)
        return windowCommand(key).map { [$0] } ?? []
    }

    /// Marks a list's rows as out of date without reading: the next time it is
    /// shown (`windowCommand`) it is read again.
    public mutating func forget(_ key: ListKey, keepCursor: Bool = true) {
        if key == .activities { calendar.invalidate(keepSelection: keepCursor) }
        else { self[keyPath: Self.windowPath(key)].invalidate(keepCursor: keepCursor) }
    }

    /// Forgets a list's rows and reads them again (new query, new day, outside change).
    public mutating func reload(_ key: ListKey, keepCursor: Bool) -> [Command] {
        forget(key, keepCursor: keepCursor)
        return windowCommand(key).map { [$0] } ?? []
    }

    /// Stores a window that arrived, if it still belongs to what is shown.
    public mutating func receive(_ request: ListRequest, total: Int, rows: PageRows) {
        let visible = paneLayout.visibleRows
        for key in ListKey.allCases where source(key) == request.source {
            switch (key, rows) {
            case (.organisations, .organisations(let r)): directory.organisations.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.services, .services(let r)): directory.services.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.directoryVenues, .venues(let r)): directory.venues.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.staff, .staff(let r)): directory.staff.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.bookings, .venueDays(let r)): venues.grid.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.activities, .activities(let r)): calendar.activities.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.applications, .applications(let r)): grants.applications.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.volunteers, .volunteers(let r)): volunteers.volunteers.receive(total: total, offset: request.offset, rows: r, visible: visible)
            case (.requests, .requests(let r)): volunteers.requests.receive(total: total, offset: request.offset, rows: r, visible: visible)
            default: break
            }
        }
    }
}
