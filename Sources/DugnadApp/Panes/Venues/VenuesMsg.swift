import DugnadCore

/// What happens to the Venues pane, as past-tense facts.
public enum VenuesMsg: Sendable {
    /// Venue administration and closures answered (also for forms opened from the Directory).
    case admin(VenueAdminMsg)
    case organisationsLoaded(Result<[OrganisationChoice], AppError>)
    /// The price and conflicts of the booking form's current draft.
    case bookingAssessed(Booking, Result<BookingCheck, AppError>)
    case booked(Result<Booking, AppError>)
    /// The preview of a series: every occurrence with its conflicts.
    case seriesAssessed(Booking, WeeklySeries, SeriesSkip, Result<[SeriesOccurrence], AppError>)
    case seriesBooked(Result<SeriesBooked, AppError>)
    /// How many bookings were cancelled (one, or the rest of a series).
    case cancelled(Result<Int, AppError>, rest: Bool)
    /// A cancelled booking holds its venue again (undo).
    case restored(Result<Booking, AppError>)
    case requestsLoaded(Result<[Booking], AppError>)
    /// A request approved (confirmed) or rejected.
    case decided(Result<Booking, AppError>)
    /// The grid's venues on another day (same rows, that day's bookings).
    case dayLoaded(CivilDate, Result<[VenueDay], AppError>)
    /// One venue's week from that Monday (the week view's seven rows).
    case weekLoaded(RowID, CivilDate, Result<[VenueDay], AppError>)
    case freeSlotsFound(FreeSlotQuery, Result<[FreeSlot], AppError>)
    /// The bookings an edit would change, each as it would become, with its conflicts.
    case editAssessed(Booking, BookingEditScope, Result<[SeriesOccurrence], AppError>)
    /// How many bookings an edit changed.
    case bookingsEdited(Result<Int, AppError>, BookingEditScope)
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

/// What booking a series did.
public struct SeriesBooked: Sendable, Equatable {
    public var venueID: RowID
    public var booked: Int
    public var skipped: Int
    public init(venueID: RowID, booked: Int, skipped: Int) { self.venueID = venueID; self.booked = booked; self.skipped = skipped }
}

/// The Venues pane's effects, as data.
public enum VenuesCommand: Sendable, Equatable {
    case loadOrganisations
    case assess(Booking)
    case book(Booking)
    case assessSeries(Booking, WeeklySeries, SeriesSkip)
    /// Books every occurrence not skipped in one transaction, or none.
    case bookSeries(Booking, WeeklySeries, SeriesSkip)
    case cancelBooking(RowID)
    case cancelSeries(RowID, from: CivilDate)
    /// Takes back a cancellation (audited; refused after a day or if the time is taken).
    case restoreBooking(RowID)
    case loadRequests
    case approve(RowID)
    case reject(RowID, reason: String)
    /// The venues already on screen, on another day: only its bookings and closures are read.
    case loadDay(CivilDate, [Venue])
    /// One venue's bookings from that Monday to the next, and its closures: one bounded read.
    case loadWeek(Venue, monday: CivilDate)
    /// Free venue/times that fit, nearest first (at most `FreeSlotSearch.limit`).
    case findFreeSlots(FreeSlotQuery)
    /// Every free room for one time (quick booking ranks them itself); answered as `freeSlotsFound`.
    case findFreeRooms(FreeSlotQuery)
    case assessEdit(Booking, BookingEditScope)
    /// Changes the booking (or its series from its date) in one transaction, or nothing.
    case editBookings(Booking, BookingEditScope)
    /// Makes an existing single booking the first of a weekly series.
    case repeatBooking(RowID, WeeklySeries, SeriesSkip)
}
