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
    /// The `b` line: a quick booking being typed.
    public var quickInput: TextFieldState?
    /// Organisations for the booking form's picker, loaded once per session and after outside changes.
    public var organisations: [OrganisationChoice] = []
    /// What is shown over the day grid, bottom to top (the week of a venue,
    /// the free slots found, the approval queue, the closure list). The last
    /// one is on top: it alone decides the keys, the view and the hint line.
    public var screens: [VenuesScreen] = []
    /// The booking being cancelled (asked, sent, not yet answered).
    public var cancelling: BookingListing?
    /// The last booking cancelled here: `u` gives it back.
    public var undoable: BookingListing?
    /// The venue a Ctrl-F booking hit asked the cursor to land on once the grid is read.
    public var focusVenue: RowID?

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

/// A screen shown over the Venues day grid.
public enum VenuesScreen: Sendable, Equatable {
    case week(VenueWeekState)
    case freeSlots(FreeSlotListState)
    case approvalQueue(ApprovalQueueState)
    case closures(ClosureListState)
}

extension VenuesState {
    /// What is on top of the grid, if anything.
    public var top: VenuesScreen? { screens.last }

    /// The key context of what is on top: the one place that decides it.
    public var keyContext: KeyContext {
        switch top {
        case .week: return .venueWeek
        case .freeSlots: return .freeSlots
        case .approvalQueue: return .approvalQueue
        case .closures: return .closureList
        case nil: return .venueGrid
        }
    }

    // Each screen by kind: reading finds it in the stack; setting replaces it
    // in place, puts it on top when new, or takes it off (nil).
    public var week: VenueWeekState? {
        get { screens.lazy.compactMap { if case .week(let s) = $0 { s } else { nil } }.first }
        set { setScreen(newValue.map(VenuesScreen.week)) { if case .week = $0 { true } else { false } } }
    }
    public var freeSlots: FreeSlotListState? {
        get { screens.lazy.compactMap { if case .freeSlots(let s) = $0 { s } else { nil } }.first }
        set { setScreen(newValue.map(VenuesScreen.freeSlots)) { if case .freeSlots = $0 { true } else { false } } }
    }
    public var queue: ApprovalQueueState? {
        get { screens.lazy.compactMap { if case .approvalQueue(let s) = $0 { s } else { nil } }.first }
        set { setScreen(newValue.map(VenuesScreen.approvalQueue)) { if case .approvalQueue = $0 { true } else { false } } }
    }
    public var closureList: ClosureListState? {
        get { screens.lazy.compactMap { if case .closures(let s) = $0 { s } else { nil } }.first }
        set { setScreen(newValue.map(VenuesScreen.closures)) { if case .closures = $0 { true } else { false } } }
    }

    private mutating func setScreen(_ screen: VenuesScreen?, where isKind: (VenuesScreen) -> Bool) {
        let index = screens.firstIndex(where: isKind)
        switch (screen, index) {
        case (let screen?, let i?): screens[i] = screen
        case (let screen?, nil): screens.append(screen)
        case (nil, let i?): screens.remove(at: i)
        case (nil, nil): break
        }
    }
}

/// The Venues pane's one windowed list: the day grid's venue rows.
enum VenuesLists {
    static var grid: PaneList<VenuesState, VenueDay> {
        PaneList(rows: \.grid, query: \.query, source: { .venueGrid(day: $0.day, filter: $0.effectiveFilter) },
                 extract: { if case .venueDays(let r) = $0 { r } else { nil } })
    }
}

typealias VenuesScope = PaneScope<VenuesState>

/// An organisation as the booking form offers it.
public struct OrganisationChoice: Sendable, Equatable {
    public var id: RowID
    public var name: String
    public var registered: Bool
    /// Who to call: picking the organisation fills the form's booker and phone with these.
    public var contactName: String
    public var phone: String
    public init(id: RowID, name: String, registered: Bool, contactName: String = "", phone: String = "") {
        self.id = id; self.name = name; self.registered = registered; self.contactName = contactName; self.phone = phone
    }
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

    /// The first column drawn for a stored scroll position: a screen wide enough for more of the day than
    /// the scroll leaves shows from earlier, so the grid never runs past 24:00.
    func firstColumn(_ scroll: Int) -> Int { max(0, min(scroll, VenueDay.columns - visibleColumns)) }
    /// One past the last column drawn.
    func endColumn(_ scroll: Int) -> Int { min(VenueDay.columns, firstColumn(scroll) + visibleColumns) }
}

/// The hour labels over the grid's columns: one per hour, over its first half hour, from the first column
/// drawn to 24:00 at the most, each only where its two digits fit.
func drawHourRuler(into buffer: inout Buffer, x cellsX: Int, y: Int, maxX: Int, scroll: Int, _ g: VenueGridGeometry,
                   style: Style) {
    let first = g.firstColumn(scroll), end = g.endColumn(scroll)
    for c in first..<end where c % 2 == 0 {
        let x = cellsX + (c - first) * g.cellWidth
        guard x + 2 <= maxX else { break }
        buffer.put(pad2Digits(c / 2), x: x, y: y, style: style)
    }
}

extension PaneScope where State == VenuesState {
    var venueGrid: VenueGridGeometry { VenueGridGeometry(table: paneLayout.table) }
}
