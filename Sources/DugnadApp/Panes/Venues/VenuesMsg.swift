import DugnadCore

/// What happens to the Venues pane, as past-tense facts.
public enum VenuesMsg: Sendable {
    case organisationsLoaded([OrganisationChoice])
    /// The price and conflicts of the booking form's current draft.
    case bookingAssessed(Booking, Result<BookingCheck, AppError>)
    case booked(Result<Booking, AppError>)
    /// The grid's venues on another day (same rows, that day's bookings).
    case dayLoaded(CivilDate, Result<[VenueDay], AppError>)
}

/// The store's verdict on a draft booking, shown in the form before saving.
public struct BookingCheck: Sendable, Equatable {
    public var conflicts: [BookingConflict]
    public var price: Money
    public var status: BookingStatus
    public init(conflicts: [BookingConflict], price: Money, status: BookingStatus) {
        self.conflicts = conflicts; self.price = price; self.status = status
    }
}

/// The Venues pane's effects, as data.
public enum VenuesCommand: Sendable, Equatable {
    case loadOrganisations
    case assess(Booking)
    case book(Booking)
    /// The venues already on screen, on another day: only its bookings and closures are read.
    case loadDay(CivilDate, [Venue])
}
