/// A municipal premise that can be lent or rented out.
public struct Venue: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var kind: VenueKind
    public var siteID: RowID?
    public var kommunedelID: RowID
    public var capacity: Int
    public var openingHours: OpeningHours
    public var closedOnHolidays: Bool
    public var slotMinutes: Int          // 15, 30 or 60
    public var pricePolicy: PricePolicy
    public var hourlyRate: Money
    public var subsidisedRate: Money
    public var requiresApproval: Bool
    public var accessMethod: AccessMethod
    public var stepFree: Bool
    public var accessibleToilet: Bool
    public var hearingLoop: Bool
    public var equipment: [String]
    public var bookableOnline: Bool
    public var active: Bool

    public init(id: RowID = 0, name: String, kind: VenueKind, siteID: RowID? = nil, kommunedelID: RowID,
                capacity: Int, openingHours: OpeningHours = .standard, closedOnHolidays: Bool = true,
                slotMinutes: Int = 30, pricePolicy: PricePolicy = .freeForVoluntary, hourlyRate: Money = .zero,
                subsidisedRate: Money = .zero, requiresApproval: Bool = false, accessMethod: AccessMethod = .staffed,
                stepFree: Bool = true, accessibleToilet: Bool = false, hearingLoop: Bool = false,
                equipment: [String] = [], bookableOnline: Bool = true, active: Bool = true) {
        self.id = id; self.name = name; self.kind = kind; self.siteID = siteID; self.kommunedelID = kommunedelID
        self.capacity = capacity; self.openingHours = openingHours; self.closedOnHolidays = closedOnHolidays
        self.slotMinutes = slotMinutes; self.pricePolicy = pricePolicy; self.hourlyRate = hourlyRate
        self.subsidisedRate = subsidisedRate; self.requiresApproval = requiresApproval
        self.accessMethod = accessMethod; self.stepFree = stepFree; self.accessibleToilet = accessibleToilet
        self.hearingLoop = hearingLoop; self.equipment = equipment; self.bookableOnline = bookableOnline
        self.active = active
    }
}

/// Opening hours per ISO weekday (1 = Monday), several intervals a day allowed.
/// Intervals never cross midnight.
public struct OpeningHours: Sendable, Hashable {
    public struct Interval: Sendable, Hashable {
        public var start: CivilTime
        public var end: CivilTime
        public init(start: CivilTime, end: CivilTime) { self.start = start; self.end = end }
    }

    /// Index 0 = Monday … 6 = Sunday.
    public var days: [[Interval]]

    public init(days: [[Interval]]) {
        precondition(days.count == 7)
        self.days = days
    }

    public func intervals(on weekday: Int) -> [Interval] { days[weekday - 1] }

    /// Closed every day (a venue without opening hours).
    public static let closed = OpeningHours(days: Array(repeating: [], count: 7))

    /// 08–22 every day: the default for a new venue.
    public static let standard = OpeningHours(days: Array(repeating: [
        Interval(start: CivilTime(hour: 8)!, end: CivilTime(hour: 22)!)
    ], count: 7))

    public func isOpen(weekday: Int, from start: CivilTime, to end: CivilTime) -> Bool {
        intervals(on: weekday).contains { $0.start <= start && end <= $0.end }
    }
}

/// A reservation of a venue from `start` to `end` (civil time, same day).
public struct Booking: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var venueID: RowID
    public var start: CivilDateTime
    public var end: CivilDateTime
    public var status: BookingStatus
    public var organisationID: RowID?
    public var bookerName: String
    public var bookerPhone: String
    public var purpose: String
    public var attendees: Int
    public var isPublic: Bool
    public var price: Money
    public var seriesID: RowID?
    public var accessCode: String?

    public init(id: RowID = 0, venueID: RowID, start: CivilDateTime, end: CivilDateTime,
                status: BookingStatus = .confirmed, organisationID: RowID? = nil, bookerName: String,
                bookerPhone: String = "", purpose: String, attendees: Int, isPublic: Bool = false,
                price: Money = .zero, seriesID: RowID? = nil, accessCode: String? = nil) {
        self.id = id; self.venueID = venueID; self.start = start; self.end = end; self.status = status
        self.organisationID = organisationID; self.bookerName = bookerName; self.bookerPhone = bookerPhone
        self.purpose = purpose; self.attendees = attendees; self.isPublic = isPublic; self.price = price
        self.seriesID = seriesID; self.accessCode = accessCode
    }

    /// Half-open intervals: a booking ending at 18:00 does not clash with one starting at 18:00.
    public func overlaps(_ other: Booking) -> Bool {
        venueID == other.venueID && start < other.end && other.start < end
    }
}
