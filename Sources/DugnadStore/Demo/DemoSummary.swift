/// How many rows of each kind `DemoData.fill` added (the reference data the
/// store created on first use is not counted).
public struct DemoSummary: Sendable, Equatable, CustomStringConvertible {
    public var sites = 0
    public var organisations = 0
    public var agreements = 0
    public var services = 0
    public var staff = 0
    public var venues = 0
    public var closures = 0
    public var bookings = 0
    public var activities = 0
    public var grantApplications = 0
    public var applicationEvents = 0
    public var volunteers = 0
    public var volunteerRequests = 0
    public var assignments = 0

    public init() {}

    /// One line for the command line and logs.
    public var description: String {
        [("organisations", organisations), ("agreements", agreements), ("services", services), ("staff", staff),
         ("sites", sites), ("venues", venues), ("closures", closures), ("bookings", bookings), ("activities", activities),
         ("grant applications", grantApplications), ("application events", applicationEvents),
         ("volunteers", volunteers), ("volunteer requests", volunteerRequests), ("assignments", assignments)]
            .map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
}
