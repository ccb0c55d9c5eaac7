/// A period in which a venue, or every venue of a site, cannot be booked
/// (renovation, election day, a school's own use). Its own object so staff
/// can list the bookings it hits and contact those bookers.
public struct Closure: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var venueID: RowID?
    public var siteID: RowID?
    public var startsOn: CivilDate
    public var endsOn: CivilDate
    public var reason: String

    public init(id: RowID = 0, venueID: RowID? = nil, siteID: RowID? = nil, startsOn: CivilDate, endsOn: CivilDate,
                reason: String = "") {
        self.id = id; self.venueID = venueID; self.siteID = siteID
        self.startsOn = startsOn; self.endsOn = endsOn; self.reason = reason
    }

    public func covers(_ date: CivilDate) -> Bool { startsOn <= date && date <= endsOn }

    /// True when the closure is of this venue or of its whole site.
    public func applies(to venue: Venue) -> Bool {
        if let venueID { return venueID == venue.id }
        if let siteID { return siteID == venue.siteID }
        return false
    }
}
