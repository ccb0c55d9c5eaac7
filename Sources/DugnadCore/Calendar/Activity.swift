/// One occurrence of a community activity as the calendar lists it: either a
/// stored one-off row (`id` > 0) or an occurrence expanded from a series
/// (`seriesID` set, `id` 0).
public struct Activity: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var title: String
    public var organiser: String
    public var category: ActivityCategory
    public var audience: Audience
    public var kommunedelID: RowID?
    public var venueID: RowID?
    public var start: CivilDateTime
    public var end: CivilDateTime
    public var allDay: Bool
    public var free: Bool
    public var cancelled: Bool
    public var description: String
    /// The series this occurrence was expanded from (or, for a stored row,
    /// the series whose one date it replaces).
    public var seriesID: RowID?
    /// Free-text place (from iCalendar LOCATION) when no venue is linked.
    public var location: String

    public init(id: RowID = 0, title: String, organiser: String, category: ActivityCategory, audience: Audience,
                kommunedelID: RowID?, venueID: RowID?, start: CivilDateTime, end: CivilDateTime,
                allDay: Bool = false, free: Bool = true, cancelled: Bool = false, description: String = "",
                seriesID: RowID? = nil, location: String = "") {
        self.id = id; self.title = title; self.organiser = organiser; self.category = category
        self.audience = audience; self.kommunedelID = kommunedelID; self.venueID = venueID
        self.start = start; self.end = end; self.allDay = allDay; self.free = free
        self.cancelled = cancelled; self.description = description
        self.seriesID = seriesID; self.location = location
    }

    /// Minutes from start to end.
    public var durationMinutes: Int { end.ordinal - start.ordinal }
}
