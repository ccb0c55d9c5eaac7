import DugnadCore

/// Who a booking is for: an organisation (through its contact person), a
/// municipal unit using its own rooms, or a private person.
struct DemoBooker: Sendable {
    var organisationID: RowID?
    var name: String
    var phone: String
    /// In Frivillighetsregisteret: free where the venue is free for the voluntary sector.
    var registered: Bool
    /// The municipality's own use (frivilligsentral, library) is never charged.
    var municipal: Bool

    static func organisation(_ org: Organisation) -> DemoBooker {
        DemoBooker(organisationID: org.id, name: org.contactName, phone: org.phone,
                   registered: org.inFrivillighetsregisteret, municipal: false)
    }

    static func municipal(_ name: String) -> DemoBooker {
        DemoBooker(organisationID: nil, name: name, phone: "", registered: false, municipal: true)
    }
}

/// What the calendar shows for a public booking.
struct DemoActivityInfo: Sendable {
    var title: String
    var organiser: String
    var organisationID: RowID?
    var category: ActivityCategory
    var audience: Audience
    var description: String
    var priceOre: Int64 = 0
}

/// Which weeks of the year a weekly booking runs.
enum DemoSeason: Sendable {
    /// Mid-August to the summer holiday, with a Christmas break: clubs and courses.
    case schoolYear
    case allYear
    case autumn
    case spring

    func includes(_ date: CivilDate) -> Bool {
        switch self {
        case .allYear: return true
        case .schoolYear: return !DemoWindow.isSummerBreak(date) && !DemoWindow.isChristmasBreak(date)
        case .autumn: return (date.month > 8 || (date.month == 8 && date.day >= 15)) && !DemoWindow.isChristmasBreak(date)
        case .spring: return date.month <= 6 && !DemoWindow.isSummerBreak(date) && !DemoWindow.isChristmasBreak(date)
        }
    }
}

/// A weekly booking of one venue: a club's training, a choir's rehearsal, or
/// a community activity that also appears in the calendar.
struct DemoSeries: Sendable {
    var id: RowID
    var weekday: Int
    var start: Int        // minutes after midnight
    var end: Int
    var season: DemoSeason
    var booker: DemoBooker
    var purpose: String
    var attendees: Int
    var activity: DemoActivityInfo?
}

/// A booking fixed to one date (a festival, Juledugnaden), placed before the
/// weekly ones, which give way on that day.
struct DemoFixedEvent: Sendable {
    var date: CivilDate
    var start: Int
    var end: Int
    var booker: DemoBooker
    var purpose: String
    var attendees: Int
    var activity: DemoActivityInfo
}

/// Half-open minute intervals already taken on one weekday of one venue.
struct DemoDayPlan {
    private(set) var taken: [(Int, Int)] = []

    func isFree(_ start: Int, _ end: Int) -> Bool {
        !taken.contains { $0.0 < end && start < $0.1 }
    }

    mutating func take(_ start: Int, _ end: Int) { taken.append((start, end)) }
}
