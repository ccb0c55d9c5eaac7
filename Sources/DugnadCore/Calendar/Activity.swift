/// One occurrence of a community activity as the calendar lists it.
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

    public init(id: RowID = 0, title: String, organiser: String, category: ActivityCategory, audience: Audience,
                kommunedelID: RowID?, venueID: RowID?, start: CivilDateTime, end: CivilDateTime,
                allDay: Bool = false, free: Bool = true, cancelled: Bool = false, description: String = "") {
        self.id = id; self.title = title; self.organiser = organiser; self.category = category
        self.audience = audience; self.kommunedelID = kommunedelID; self.venueID = venueID
        self.start = start; self.end = end; self.allDay = allDay; self.free = free
        self.cancelled = cancelled; self.description = description
    }
}
