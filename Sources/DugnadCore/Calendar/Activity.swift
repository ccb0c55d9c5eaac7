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
    /// The details the front desk is asked about (schema 4). Defaults keep
    /// older call sites (quick-add, import, demo) meaning "not stated".
    public var details: ActivityDetails
    /// The venue booking this activity was published from (Venues grid `p`).
    public var bookingID: RowID?

    public init(id: RowID = 0, title: String, organiser: String, category: ActivityCategory, audience: Audience,
                kommunedelID: RowID?, venueID: RowID?, start: CivilDateTime, end: CivilDateTime,
                allDay: Bool = false, free: Bool = true, cancelled: Bool = false, description: String = "",
                seriesID: RowID? = nil, location: String = "", details: ActivityDetails = ActivityDetails(),
                bookingID: RowID? = nil) {
        self.id = id; self.title = title; self.organiser = organiser; self.category = category
        self.audience = audience; self.kommunedelID = kommunedelID; self.venueID = venueID
        self.start = start; self.end = end; self.allDay = allDay; self.free = free
        self.cancelled = cancelled; self.description = description
        self.seriesID = seriesID; self.location = location; self.details = details
        self.bookingID = bookingID
    }

    /// Minutes from start to end.
    public var durationMinutes: Int { end.ordinal - start.ordinal }
}

/// Where an activity stands (cancelling is per occurrence, `Activity.cancelled`).
public enum ActivityStatus: String, Sendable, Hashable, CaseIterable {
    case planned, open, full, postponed
}

/// Sign-up, capacity, contact, adaptation, languages, status, age range and price.
public struct ActivityDetails: Sendable, Hashable {
    public var signUpRequired: Bool
    /// nil: no limit stated.
    public var capacity: Int?
    public var contact: String
    public var accessibility: String
    /// Language tags as typed, e.g. ["norsk", "arabisk"].
    public var languages: [String]
    public var status: ActivityStatus
    public var ageMin: Int?
    public var ageMax: Int?
    /// The price when the activity is not free (zero when free or not stated).
    public var price: Money

    public init(signUpRequired: Bool = false, capacity: Int? = nil, contact: String = "", accessibility: String = "",
                languages: [String] = [], status: ActivityStatus = .planned, ageMin: Int? = nil, ageMax: Int? = nil,
                price: Money = .zero) {
        self.signUpRequired = signUpRequired; self.capacity = capacity; self.contact = contact
        self.accessibility = accessibility; self.languages = languages; self.status = status
        self.ageMin = ageMin; self.ageMax = ageMax; self.price = price
    }

    /// "norsk, arabisk" → ["norsk", "arabisk"].
    public static func languages(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Why the details cannot be saved, if they cannot (the form shows it at the field).
    public enum Problem: Sendable, Equatable { case capacityBelowOne, ageMinAboveMax }

    public var problem: Problem? {
        if let c = capacity, c < 1 { return .capacityBelowOne }
        if let lo = ageMin, let hi = ageMax, lo > hi { return .ageMinAboveMax }
        return nil
    }
}
