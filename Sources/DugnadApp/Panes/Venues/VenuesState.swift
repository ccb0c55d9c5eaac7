import DugnadCore
import TerminalKit

/// The Venues tab: a day grid of venues (rows, read a window at a time)
/// by half-hour columns, with a cell cursor and an optional range selection.
public struct VenuesState: Sendable, Equatable {
    public var day: CivilDate
    /// The `/` text: filters venue name, site and equipment.
    public var query: String = ""
    /// The `f` filter (site, kind, kommunedel, capacity, accessibility).
    public var filter = VenueFilter()
    public var grid = PagedList<VenueDay>()
    /// The cursor's column (0 = 00:00–00:30 … 47 = 23:30–24:00).
    public var column = 36
    /// The first column drawn: wide days scroll, the venue names stay.
    public var scrollColumn = 16
    /// Where a range selection started (`v` or Shift+arrow), in the cursor's row.
    public var anchor: Int?
    /// The `g` line: a date being typed.
    public var dateInput: TextFieldState?
    /// Organisations for the booking form's picker, loaded once per session and after outside changes.
    public var organisations: [OrganisationChoice] = []
    /// The approval queue, while open.
    public var queue: ApprovalQueueState?
    /// The week of one venue, while shown instead of the day grid.
    public var week: VenueWeekState?
    /// The free slots found, while shown over the grid (and the week).
    public var freeSlots: FreeSlotListState?
    /// The closure list, while shown over the grid (`c`).
    public var closureList: ClosureListState?

    public init(day: CivilDate) { self.day = day }

    /// The filter as the store applies it (the `/` text included).
    public var effectiveFilter: VenueFilter {
        var f = filter
        f.text = query
        return f
    }

    /// The selected columns of the cursor's row, in order.
    public var selection: ClosedRange<Int> {
        guard let anchor else { return column...column }
        return min(anchor, column)...max(anchor, column)
    }
}

/// An organisation as the booking form offers it.
public struct OrganisationChoice: Sendable, Equatable {
    public var id: RowID
    public var name: String
    public var registered: Bool
    public init(id: RowID, name: String, registered: Bool) { self.id = id; self.name = name; self.registered = registered }
}

/// Where the grid's parts are on screen; shared by the view and the update
/// (which keeps the cursor's column in view).
struct VenueGridGeometry {
    let nameWidth: Int
    let cellWidth = 2
    let visibleColumns: Int

    init(table: Rect) {
        nameWidth = table.width >= 100 ? 26 : 20
        visibleColumns = max(1, min(VenueDay.columns, (table.width - nameWidth) / cellWidth))
    }
}

extension Model {
    var venueGrid: VenueGridGeometry { VenueGridGeometry(table: paneLayout.table) }
}
