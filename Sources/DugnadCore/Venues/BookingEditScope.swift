/// Which bookings an edit made from one occurrence of a series changes.
public enum BookingEditScope: String, Sendable, Equatable, CaseIterable {
    /// Only the booking edited.
    case thisDate
    /// That booking and every later booking of its series still held.
    case fromThisDate
}
