import DugnadCore

/// The Volunteers tab: requests for volunteers and the volunteers themselves.
public struct VolunteersState: Sendable, Equatable {
    public enum Section: Int, Sendable, CaseIterable { case requests, volunteers }
    public var section: Section = .requests
    public var queries: [Section: String] = [:]
    public var requests = PagedList<VolunteerRequest>()
    public var volunteers = PagedList<Volunteer>()
    public init() {}
    public func query(_ section: Section) -> String { queries[section] ?? "" }

    /// A section's filter text, as a key path for the pane's list declarations.
    public subscript(query section: Section) -> String {
        get { queries[section] ?? "" }
        set { queries[section] = newValue }
    }
}
