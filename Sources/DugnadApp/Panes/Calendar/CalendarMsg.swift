import DugnadCore

/// What one load of the Calendar pane asks for: a range and a filter.
public struct CalendarQuery: Sendable, Hashable {
    public var from: CivilDate
    public var through: CivilDate
    public var filter: CalendarFilter
    /// Month view: only this many stored one-offs per day are read (with every day's count).
    public var perDay: Int?
    /// Day view and agenda: one window of the range's list (with every day's count).
    public var window: CalendarWindowRequest?
    /// Week view: the first occurrence and the count of each cell of this time axis (with every day's count).
    public var slots: WeekSlots?
    public init(from: CivilDate, through: CivilDate, filter: CalendarFilter, perDay: Int? = nil,
                window: CalendarWindowRequest? = nil, slots: WeekSlots? = nil) {
        self.from = from; self.through = through; self.filter = filter; self.perDay = perDay; self.window = window
        self.slots = slots
    }

    /// Everything of the range was read (no cap, window or cells).
    public var isWhole: Bool { perDay == nil && window == nil && slots == nil }

    /// The same range and filter (whatever window or cap was read).
    public func sameList(_ other: CalendarQuery) -> Bool {
        from == other.from && through == other.through && filter == other.filter
    }
}

/// One window of a calendar list: `limit` occurrences from `anchor`. `anchorPosition` is the list position of
/// the anchor occurrence (-1 for `.first`, the list's count for `.last`), so the window's positions are known.
public struct CalendarWindowRequest: Sendable, Hashable {
    public var anchor: WindowAnchor
    public var limit: Int
    public var anchorPosition: Int
    public init(anchor: WindowAnchor, limit: Int, anchorPosition: Int) {
        self.anchor = anchor; self.limit = limit; self.anchorPosition = anchorPosition
    }
}

/// How a change of one occurrence of a series applies.
public enum SeriesScope: String, Sendable, Equatable, CaseIterable {
    case wholeSeries, thisDate, fromThisDate
}

/// The Calendar pane's messages (past-tense facts).
public enum CalendarMsg: Sendable {
    case loaded(CalendarQuery, CalendarSlice)
    case loadFailed(CalendarQuery, AppError)
    case saved(Result<String, AppError>)
    case occurrenceCancelled(Result<Activity, AppError>)
    case seriesEnded(Result<CivilDate, AppError>)
    case exported(Result<(path: String, events: Int), AppError>)
    case seriesLoaded(Result<ActivitySeries?, AppError>, occurrence: Activity)
    /// The activity already published from `prefill.bookingID`, if any.
    case bookingActivityLoaded(Result<Activity?, AppError>, prefill: Activity)
}

/// The Calendar pane's effects.
public enum CalendarCommand: Sendable, Equatable {
    case load(CalendarQuery)
    /// A new or changed activity; `rule` nil = one-off. `seriesID` edits that series per `scope`.
    case save(Activity, rule: RecurrenceRule?, seriesID: RowID?, scope: SeriesScope, date: CivilDate)
    case setCancelled(Activity, Bool)
    case endSeries(id: RowID, before: CivilDate)
    case export(CalendarQuery, path: String)
    /// Reads a series to fill the edit form for one of its occurrences.
    case loadSeries(id: RowID, occurrence: Activity)
    /// Looks for an activity already published from the prefilled activity's booking.
    case loadBookingActivity(prefill: Activity)
}

/// The Calendar pane's forms.
public enum CalendarFormPurpose: Sendable, Equatable {
    /// id 0 = new one-off; `seriesID` when editing a series from `occurrence`.
    case activity(id: RowID, seriesID: RowID?, occurrence: CivilDate?)
    case quickAdd
    case goToDate
    case filter
    case endSeries(id: RowID, title: String)
    case export
    /// A new activity published from a public venue booking, linked to it.
    case fromBooking(bookingID: RowID)
}
