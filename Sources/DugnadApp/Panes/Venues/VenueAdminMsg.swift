import DugnadCore

/// Effects of venue administration and closures, as data.
public enum VenueAdminCommand: Sendable, Equatable {
    /// Inserts (id 0) or updates a venue with its opening hours: one audited transaction.
    case saveVenue(Venue)
    case setVenueActive(id: RowID, active: Bool)
    /// Current and future closures, then past ones.
    case loadClosures
    /// The confirmed and requested bookings inside a closure (index-bounded).
    case loadClosureHits(Closure)
    case saveClosure(Closure)
    case deleteClosure(RowID)
}

/// What venue administration heard back, as past-tense facts.
public enum VenueAdminMsg: Sendable {
    case venueSaved(Result<Venue, AppError>)
    case venueActiveSet(Result<VenueActiveChange, AppError>)
    case closuresLoaded(Result<[Closure], AppError>)
    case closureHitsLoaded(RowID, Result<[ClosureHit], AppError>)
    case closureSaved(Result<ClosureSaved, AppError>)
    case closureDeleted(Result<RowID, AppError>)
}

/// A venue deactivated or reactivated, and its bookings from today on.
public struct VenueActiveChange: Sendable, Equatable {
    public var venue: Venue
    public var upcoming: Int
    public init(venue: Venue, upcoming: Int) { self.venue = venue; self.upcoming = upcoming }
}

/// A closure stored, and how many confirmed or requested bookings it hits.
public struct ClosureSaved: Sendable, Equatable {
    public var closure: Closure
    public var hits: Int
    public init(closure: Closure, hits: Int) { self.closure = closure; self.hits = hits }
}
