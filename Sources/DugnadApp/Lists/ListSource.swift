import DugnadCore

/// Which rows a list shows; the CommandRunner turns it into one windowed query.
public enum ListSource: Sendable, Hashable {
    case organisations(query: String, sort: OrganisationSortKey)
    case services(query: String)
    case venues(query: String)
    case staff(query: String)
    /// The Venues day grid: venue rows of one day (the `/` text is in the filter).
    case venueGrid(day: CivilDate, filter: VenueFilter)
    case activities(from: CivilDate, through: CivilDate, query: String)
    case applications(query: String)
    /// The grant inbox: a filter-language expression that parses, in a sort order.
    case grantInbox(filter: String, sort: GrantSort)
    case volunteers(query: String)
    case requests(query: String)
    /// The requests of the services a frivillighetskontakt follows up.
    case ownRequests(serviceIDs: [RowID], query: String)

    /// What the row count depends on: the grid's venues are the same every
    /// day, so a new day is not counted again.
    /// Nor does the inbox's order change how many applications a filter selects.
    public var countKey: ListSource {
        switch self {
        case .venueGrid(_, let filter): return .venueGrid(day: CivilDate(year: 2000, month: 1, day: 1)!, filter: filter)
        case .grantInbox(let filter, _): return .grantInbox(filter: filter, sort: .received)
        default: return self
        }
    }
}

public enum OrganisationSortKey: String, Sendable, Hashable, CaseIterable {
    case name, kommunedel, category, recent

    public var next: OrganisationSortKey {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One window of rows, typed by what they are.
public enum PageRows: Sendable, Equatable {
    case organisations([Organisation])
    case services([Service])
    case venues([Venue])
    case staff([Staff])
    case venueDays([VenueDay])
    case activities([Activity])
    case applications([GrantApplication])
    case grantInbox([GrantInboxLine])
    case volunteers([Volunteer])
    case requests([VolunteerRequest])
}

/// A request for one window of a list.
public struct ListRequest: Sendable, Hashable {
    public var source: ListSource
    public var offset: Int
    public var limit: Int
    /// Set by the runner on its answer: the total it sends is only a lower bound (the rows read so
    /// far), because the count is being made off the loop; `Msg.pageCounted` brings the exact one.
    public var totalIsLowerBound = false
    public init(source: ListSource, offset: Int, limit: Int) {
        self.source = source; self.offset = offset; self.limit = limit
    }
}
