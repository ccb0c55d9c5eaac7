/// What can be wrong with a closure as typed.
public enum ClosureProblem: Sendable, Equatable {
    /// Neither a venue nor a site, or both.
    case targetMissing
    case endBeforeStart
    case reasonMissing
    case reasonTooLong(Int)
    /// Longer than `ClosureValidation.maxDays`: almost certainly a typing error.
    case tooLong(days: Int)
}

public enum ClosureValidation {
    public static let maxReasonLength = 200
    /// Ten years: a longer closure is a venue to deactivate, not a closure.
    public static let maxDays = 3660

    public static func problems(_ c: Closure) -> [ClosureProblem] {
        var problems: [ClosureProblem] = []
        if (c.venueID == nil) == (c.siteID == nil) { problems.append(.targetMissing) }
        if c.endsOn < c.startsOn { problems.append(.endBeforeStart) }
        else if c.endsOn.dayNumber - c.startsOn.dayNumber >= maxDays { problems.append(.tooLong(days: maxDays)) }
        let reason = c.reason.trimmingWhitespace()
        if reason.isEmpty { problems.append(.reasonMissing) }
        else if reason.count > maxReasonLength { problems.append(.reasonTooLong(maxReasonLength)) }
        return problems
    }
}

/// A confirmed or requested booking that falls in a closure: shown so staff
/// can call the booker and move it. `phone` is the booker's, else the organisation's.
public struct ClosureHit: Sendable, Equatable, Identifiable {
    public var booking: Booking
    public var phone: String
    public var id: RowID { booking.id }
    public init(booking: Booking, phone: String) { self.booking = booking; self.phone = phone }
}

extension Closure {
    /// Current and future closures first (soonest first), then past ones (latest first).
    public static func listOrder(today: CivilDate) -> (Closure, Closure) -> Bool {
        { a, b in
            let aPast = a.endsOn < today, bPast = b.endsOn < today
            if aPast != bPast { return !aPast }
            if aPast { return (a.startsOn, a.id) > (b.startsOn, b.id) }
            return (a.startsOn, a.id) < (b.startsOn, b.id)
        }
    }
}
