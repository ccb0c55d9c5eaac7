import DugnadCore

/// The Venues tab: the bookings of one day across all venues.
public struct VenuesState: Sendable, Equatable {
    public var day: CivilDate
    public var query: String = ""
    public var bookings = PagedList<Booking>()

    public init(day: CivilDate) { self.day = day }
}
