import DugnadCore

/// The Calendar tab: an agenda of activity occurrences from `day` on.
public struct CalendarState: Sendable, Equatable {
    public var day: CivilDate
    public var query: String = ""
    public var activities = PagedList<Activity>()

    /// How many days the agenda spans.
    public static let agendaDays = 14

    public init(day: CivilDate) { self.day = day }

    public var through: CivilDate { day.adding(days: Self.agendaDays - 1) }
}
